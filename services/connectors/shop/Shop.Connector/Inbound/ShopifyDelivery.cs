namespace Shop.Connector.Inbound;

/// <summary>
/// One webhook delivery as Shopify identifies it. Retries of a delivery keep its webhook id; another delivery of the
/// same event (Shopify's duplicates) may carry a new webhook id but keeps X-Shopify-Event-Id, which Shopify's guidance
/// names as the duplicate marker. <see cref="Key"/> is therefore the event id when present, else the webhook id: it
/// keys the receipt and derives the published events' ids, so every copy claims, and publishes, the same.
/// </summary>
public sealed record ShopifyDelivery(string WebhookId, string Topic, string? ShopDomain, string? EventId = null)
{
    public string Key => string.IsNullOrEmpty(EventId) ? WebhookId : $"event:{EventId}";
}
