using Hub.Connectors.Hosting;
using Hub.Mapping;

namespace Shop.Connector.Inbound;

/// <summary>
/// A signed webhook the connector cannot map, as it is quarantined: an <see cref="InboundRejection"/> (raw body and
/// every reason) keyed by the webhook id, with the mapping's reasons as the dead-letter error.
/// </summary>
public static class ShopifyRejection
{
    public static RejectedRecord Of(ShopifyMessage webhook, IReadOnlyList<MappingIssue> issues, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        var delivery = webhook.Delivery;
        var rejection = new InboundRejection
        {
            WebhookId = delivery.WebhookId,
            Topic = delivery.Topic,
            ShopDomain = delivery.ShopDomain,
            Reasons = [.. issues.Select(i => i.ToString())],
            RawBody = System.Text.Encoding.UTF8.GetString(webhook.Body),
            ReceivedAt = receivedAt,
        };
        return new RejectedRecord(
            delivery.WebhookId, nameof(InboundRejection), InboundRejectionSerializer.Serialize(rejection), delivery.WebhookId,
            new MappingRejectedException($"shopify {delivery.Topic}", issues));
    }
}
