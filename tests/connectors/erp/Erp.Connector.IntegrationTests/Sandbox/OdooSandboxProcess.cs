using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Testing;

namespace Erp.Connector.IntegrationTests.Sandbox;

/// <summary>The ERP sandbox alone as a process, called over JSON-RPC the way any Odoo client calls Odoo.</summary>
public sealed class OdooSandboxProcess : IAsyncDisposable
{
    public const string Database = "hub";
    public const string ApiKey = "erp-sandbox-key";
    public const int Uid = 2;

    private readonly ServiceProcess _process;
    private readonly HttpClient _http;

    private OdooSandboxProcess(ServiceProcess process)
    {
        _process = process;
        _http = new HttpClient { BaseAddress = process.BaseAddress };
    }

    public static async Task<OdooSandboxProcess> StartAsync()
    {
        var process = ServiceProcess.StartDotnet("the ERP sandbox", ServiceProcess.BuiltDll("Erp.Sandbox"), new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Warning" });
        try
        {
            await process.WaitForAsync("/health/live", "the ERP sandbox to listen", TimeSpan.FromSeconds(60));
            return new OdooSandboxProcess(process);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    /// <summary>execute_kw with the sandbox's credentials; the uid as given (any JSON value).</summary>
    public Task<RpcAnswer> ExecuteKwAsync(string model, string method, JsonArray args, JsonObject? kwargs = null, JsonNode? uid = null) =>
        CallAsync("object", "execute_kw", new JsonArray(Database, uid ?? Uid, ApiKey, model, method, args, kwargs ?? []));

    /// <summary>execute_kw that must succeed: its result.</summary>
    public async Task<JsonNode> ResultAsync(string model, string method, JsonArray args, JsonObject? kwargs = null)
    {
        var answer = await ExecuteKwAsync(model, method, args, kwargs);
        return answer.Result ?? throw new InvalidOperationException($"{model}.{method} failed: {answer.Body.ToJsonString()}");
    }

    public async Task<RpcAnswer> CallAsync(string service, string method, JsonArray args)
    {
        var body = new JsonObject
        {
            ["jsonrpc"] = "2.0", ["method"] = "call", ["id"] = 7,
            ["params"] = new JsonObject { ["service"] = service, ["method"] = method, ["args"] = args },
        };
        using var response = await _http.PostAsJsonAsync("/jsonrpc", body, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new RpcAnswer(response.StatusCode, text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _process.DisposeAsync();
    }

    /// <summary>One JSON-RPC answer: HTTP status and body ("result" or "error").</summary>
    public sealed record RpcAnswer(HttpStatusCode Status, JsonNode Body)
    {
        public JsonNode? Result => Body["result"];

        /// <summary>error.data.name: the Python exception's qualified name, null when the call succeeded.</summary>
        public string? ErrorName => Body["error"]?["data"]?["name"]?.ToString();

        public string? ErrorMessage => Body["error"]?["data"]?["message"]?.ToString();
    }
}
