using System.Text.Json;
using Hub.Connectors.Webhooks;

namespace Shop.Connector.Inbound;

/// <summary>
/// A Shopify webhook request as the kit's flow handles it: one item, keyed by <see cref="ShopifyDelivery.Key"/>.
/// X-Shopify-Webhook-Id and X-Shopify-Topic are required and the body must be a JSON object (400 otherwise, so the
/// mistake is visible to the sender).
/// </summary>
public sealed class ShopifyPayloadParser : IWebhookParser<ShopifyMessage>
{
    public string EntityOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers[ShopifyHeaders.Topic].ToString().Split('/')[0].TrimEnd('s');
    }

    public WebhookPayload<ShopifyMessage> Parse(HttpRequest request, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.Headers;
        var delivery = new ShopifyDelivery(
            headers[ShopifyHeaders.WebhookId].ToString(), headers[ShopifyHeaders.Topic].ToString(), headers[ShopifyHeaders.ShopDomain].ToString(), headers[ShopifyHeaders.EventId].ToString());
        if (delivery.WebhookId.Length == 0 || delivery.Topic.Length == 0)
        {
            return WebhookPayload.Malformed<ShopifyMessage>($"{ShopifyHeaders.WebhookId} and {ShopifyHeaders.Topic} are required");
        }

        Dictionary<string, object?> record;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return WebhookPayload.Malformed<ShopifyMessage>($"malformed payload: expected a JSON object, found {document.RootElement.ValueKind}");
            }

            record = JsonRecord.ToDictionary(document.RootElement);
        }
        catch (JsonException ex)
        {
            return WebhookPayload.Malformed<ShopifyMessage>($"malformed JSON: {ex.Message}");
        }

        return WebhookPayload.Of([new WebhookItem<ShopifyMessage>(delivery.Key, EntityOfTopic(delivery.Topic), new ShopifyMessage(delivery, body, record))]);
    }

    /// <summary>The entity of an outcome: what the connector reads from the topic, or the topic it does not read.</summary>
    private static string EntityOfTopic(string topic) => topic switch
    {
        ShopifyWebhookHandler.OrdersCreate => "order",
        ShopifyWebhookHandler.CustomersCreate => ShopCustomerPublisher.Entity,
        _ => topic,
    };
}
