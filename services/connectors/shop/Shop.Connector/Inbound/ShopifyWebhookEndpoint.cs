using Hub.Connectors.Webhooks;

namespace Shop.Connector.Inbound;

/// <summary>
/// POST /webhooks/shopify, the kit's <see cref="WebhookFlow{TItem}"/> with Shopify's parts: X-Shopify-Hmac-Sha256 over
/// the raw body (<see cref="ShopifyWebhookVerifier"/>, 401), the delivery key X-Shopify-Event-Id or X-Shopify-Webhook-Id
/// and a JSON object (<see cref="ShopifyPayloadParser"/>, 400), the mapping (<see cref="ShopifyWebhookHandler"/>). A
/// signed payload that cannot be mapped is acknowledged (200) and quarantined on Shop:InboundDeadLetterTopic:
/// Shopify's retries would only fail the same way. Infrastructure failures, a delivery another request holds right now
/// and more requests than the admission limit answer 503 with Retry-After so Shopify retries; only a delivery that was
/// completed answers 200 as a duplicate.
/// </summary>
public static class ShopifyWebhookEndpoint
{
    /// <summary>Where Shopify posts; declared with <c>.Webhook&lt;ShopifyMessage, ...&gt;(Path, ShopifyWebhookVerifier.Name)</c> in Program.cs.</summary>
    public const string Path = "/webhooks/shopify";
}
