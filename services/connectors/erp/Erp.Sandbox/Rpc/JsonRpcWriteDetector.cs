using System.Text.Json.Nodes;
using Hub.Sandboxes;

namespace Erp.Sandbox.Rpc;

/// <summary>
/// A JSON-RPC call writes when it runs an ORM method other than the read-only ones; "common" calls (login,
/// version) never write. Reads the buffered body, so the endpoint can read it again.
/// </summary>
public sealed class JsonRpcWriteDetector : IWriteRequestDetector
{
    private static readonly HashSet<string> ReadMethods = new(StringComparer.Ordinal)
    {
        "search", "search_read", "read", "search_count", "fields_get", "name_search", "read_group", "check_access_rights",
    };

    public async ValueTask<bool> IsWriteAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!HttpMethods.IsPost(request.Method) || !request.Path.StartsWithSegments("/jsonrpc"))
        {
            return await new HttpMethodWriteDetector().IsWriteAsync(request);
        }

        request.EnableBuffering();
        try
        {
            var body = await JsonNode.ParseAsync(request.Body);
            var parameters = body?["params"];
            if (parameters?["service"]?.GetValue<string>() != "object")
            {
                return false;
            }

            var method = parameters["args"]?.AsArray().ElementAtOrDefault(4)?.GetValue<string>();
            return method is null || !ReadMethods.Contains(method);
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
        finally
        {
            request.Body.Position = 0;
        }
    }
}
