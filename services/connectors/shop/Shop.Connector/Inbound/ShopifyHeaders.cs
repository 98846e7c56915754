namespace Shop.Connector.Inbound;

/// <summary>The headers Shopify sends with every webhook delivery.</summary>
public static class ShopifyHeaders
{
    public const string Signature = "X-Shopify-Hmac-Sha256";
    public const string WebhookId = "X-Shopify-Webhook-Id";

    /// <summary>The event the webhook is about; Shopify names it as the marker of duplicates (a new delivery of the same event may carry a new webhook id).</summary>
    public const string EventId = "X-Shopify-Event-Id";
    public const string Topic = "X-Shopify-Topic";
    public const string ShopDomain = "X-Shopify-Shop-Domain";
    public const string TriggeredAt = "X-Shopify-Triggered-At";
}
