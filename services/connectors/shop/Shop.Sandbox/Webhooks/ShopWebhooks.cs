using System.Text.Json.Nodes;
using Hub.Sandboxes;
using Microsoft.Extensions.Options;

namespace Shop.Sandbox.Webhooks;

/// <summary>
/// Queues a webhook as Shopify sends it: the record as the body, topic, shop domain, API version, trigger time, the
/// event id, and a webhook id that stays the same for every retry of the delivery (a duplicate sent as a new delivery,
/// FaultSettings.CopiesAsNewDeliveries, gets a new webhook id and keeps the event id, as Shopify's can).
/// </summary>
public sealed class ShopWebhooks(WebhookSender sender, IOptions<ShopSandboxOptions> options, TimeProvider time)
{
    public const string OrdersCreate = "orders/create";
    public const string CustomersCreate = "customers/create";

    public string Send(string topic, JsonObject record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var webhookId = Guid.NewGuid().ToString("D");
        var headers = new Dictionary<string, string>
        {
            ["X-Shopify-Topic"] = topic,
            ["X-Shopify-Webhook-Id"] = webhookId,
            ["X-Shopify-Shop-Domain"] = options.Value.ShopDomain,
            ["X-Shopify-Triggered-At"] = time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["X-Shopify-API-Version"] = options.Value.ApiVersion,
            ["X-Shopify-Event-Id"] = Guid.NewGuid().ToString("D"),
        };
        sender.Enqueue(new WebhookDelivery(topic, System.Text.Encoding.UTF8.GetBytes(record.ToJsonString(ShopifyJson.Options)), headers, ["X-Shopify-Webhook-Id"]));
        return webhookId;
    }
}
