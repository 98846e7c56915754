using Microsoft.AspNetCore.Http;

namespace Hub.Connectors.Webhooks;

/// <summary>
/// Reads one vendor's webhook payload into the items the connector handles (one Shopify webhook; each event of a
/// HubSpot request). Called by <see cref="WebhookFlow{TItem}"/> only after the request was verified.
/// </summary>
public interface IWebhookParser<TItem>
{
    /// <summary>What the request is about before its body is trusted: the entity label of its span and of what is counted before parsing (413, 401, 400).</summary>
    string EntityOf(HttpRequest request);

    /// <returns>The items, or why the payload cannot be read (answered 400 with that reason; nothing is claimed).</returns>
    WebhookPayload<TItem> Parse(HttpRequest request, byte[] body);
}
