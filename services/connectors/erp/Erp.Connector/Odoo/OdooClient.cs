using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Connectors.Hosting;
using Microsoft.Extensions.Options;

namespace Erp.Connector.Odoo;

/// <summary>
/// Odoo's external JSON-RPC API: POST /jsonrpc with {"jsonrpc":"2.0","method":"call","params":{"service":"object",
/// "method":"execute_kw","args":[db, uid, api key, model, method, args, kwargs]}}. HTTP failures are classified
/// by the kit; Odoo's faults (HTTP 200 with an "error" member) by <see cref="OdooFaults"/>. The key is the API's
/// credential (ExternalApis:erp:CredentialSecret), read through the kit's cache like every connector's credential.
/// </summary>
public sealed class OdooClient(
    HttpClient http,
    ConnectorTelemetry telemetry,
    TimeProvider time,
    [FromKeyedServices(OdooOptions.ApiName)] CredentialCache apiKey,
    OdooSession session,
    IOptions<OdooOptions> options)
    : ExternalApiClient(http, telemetry, time, OdooOptions.ApiName)
{

    public async Task<JsonNode?> ExecuteKwAsync(string model, string method, JsonArray args, JsonObject? kwargs, CancellationToken cancellationToken)
    {
        var operation = $"{method} {model}";
        var key = await apiKey.GetAsync(cancellationToken);
        var uid = session.Uid ??= await LoginAsync(key, cancellationToken);
        return await CallAsync("object", "execute_kw", new JsonArray(options.Value.Database, uid, key, model, method, args, kwargs ?? []), operation, cancellationToken);
    }

    public async Task<JsonArray> SearchReadAsync(string model, JsonArray domain, IReadOnlyList<string> fields, CancellationToken cancellationToken, string? order = null, int? limit = null)
    {
        var kwargs = new JsonObject { ["fields"] = new JsonArray([.. fields.Select(f => (JsonNode)f)]) };
        if (order is not null)
        {
            kwargs["order"] = order;
        }

        if (limit is not null)
        {
            kwargs["limit"] = limit;
        }

        return await ExecuteKwAsync(model, "search_read", [domain], kwargs, cancellationToken) as JsonArray ?? [];
    }

    public async Task<int> CreateAsync(string model, JsonObject values, CancellationToken cancellationToken) =>
        (await ExecuteKwAsync(model, "create", [values], null, cancellationToken))!.GetValue<int>();

    public async Task WriteAsync(string model, int id, JsonObject values, CancellationToken cancellationToken) =>
        await ExecuteKwAsync(model, "write", [new JsonArray(id), values], null, cancellationToken);

    /// <summary>One JSON-RPC call; the request body is the documented shape, so the contract tests can compare it.</summary>
    public async Task<JsonNode?> CallAsync(string service, string method, JsonArray args, string operation, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["method"] = "call",
            ["params"] = new JsonObject { ["service"] = service, ["method"] = method, ["args"] = args },
            ["id"] = session.NextRequestId(),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "jsonrpc") { Content = JsonContent.Create(body) };
        using var response = await SendAsync(request, operation, cancellationToken);
        JsonNode? answer;
        try
        {
            answer = await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new ExternalApiUnavailableException(System, operation, $"answered with something that is not JSON: {ex.Message}", ex);
        }

        if (OdooFaults.FromAnswer(answer, operation) is { } fault)
        {
            throw fault;
        }

        return answer?["result"];
    }

    private async Task<int> LoginAsync(string key, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var result = await CallAsync("common", "login", new JsonArray(o.Database, o.Login, key), "login", cancellationToken);
        return result is JsonValue v && v.TryGetValue<int>(out var uid)
            ? uid
            : throw OdooFaults.LoginRefused(o.Login, o.Database);
    }
}
