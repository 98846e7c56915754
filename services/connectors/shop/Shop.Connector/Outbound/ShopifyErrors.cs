using System.Text.Json;
using Hub.Connectors.Hosting;

namespace Shop.Connector.Outbound;

/// <summary>
/// Reads Shopify's Admin REST error answers: <c>{"errors": …}</c>, where errors is a text
/// (<c>"Not Found"</c>, <c>"Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted
/// service."</c>), an object of field → messages (<c>{"available":["must be a number"]}</c>) or a list. A 429 is retried
/// after its Retry-After (Shopify writes <c>2.0</c>, read by the kit); 401/403 are auth failures (wrong or revoked
/// access token, missing scope); other 4xx are dead-lettered as "http-&lt;status&gt;" with Shopify's messages, since
/// Shopify names no error category.
/// </summary>
public sealed class ShopifyErrors : IExternalApiErrors
{
    public Exception Classify(ExternalApiAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var detail = Messages(answer.Body) ?? answer.Body;
        return HttpStatusErrors.IsTemporary(answer.Status) ? answer.Unavailable(detail)
            : HttpStatusErrors.IsAuthFailure(answer.Status) ? answer.AuthFailed(detail)
            : answer.Rejected(detail);
    }

    /// <summary>The errors member as one line ("available: must be a number; location_id: is invalid"), or null when the body has none.</summary>
    public static string? Messages(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("errors", out var errors)
                ? Flatten(errors, prefix: null)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Flatten(JsonElement node, string? prefix) => node.ValueKind switch
    {
        JsonValueKind.Object => string.Join("; ", node.EnumerateObject().Select(p => Flatten(p.Value, p.Name))),
        JsonValueKind.Array => string.Join("; ", node.EnumerateArray().Select(e => Flatten(e, prefix))),
        JsonValueKind.String => prefix is null ? node.GetString()! : $"{prefix}: {node.GetString()}",
        _ => prefix is null ? node.GetRawText() : $"{prefix}: {node.GetRawText()}",
    };
}
