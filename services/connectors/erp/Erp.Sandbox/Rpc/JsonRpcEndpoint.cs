using System.Text.Json;
using System.Text.Json.Nodes;

namespace Erp.Sandbox.Rpc;

/// <summary>
/// POST /jsonrpc as Odoo answers it: {"jsonrpc":"2.0","id":…,"result":…} or, for any server-side error, HTTP 200
/// with {"error":{"code":200,"message":"Odoo Server Error","data":{"name":…,"message":…}}}.
/// </summary>
public static class JsonRpcEndpoint
{
    public static async Task<IResult> HandleAsync(HttpRequest request, ExecuteKw execute, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(request);
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException ex)
        {
            // JSON-RPC 2.0 parse error; Odoo answers malformed bodies with a 400 page, the spec with -32700.
            return Results.BadRequest(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = null, ["error"] = new JsonObject { ["code"] = -32700, ["message"] = ex.Message } });
        }

        var id = body?["id"]?.DeepClone();
        try
        {
            var parameters = body?["params"] as JsonObject ?? throw OdooFaultException.Value("params is missing");
            var result = execute.Call(parameters);
            return Results.Json(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["result"] = result });
        }
        catch (OdooFaultException fault)
        {
            loggers.CreateLogger("Erp.Sandbox.JsonRpc").LogInformation("JSON-RPC call failed: {Name}: {Message}", fault.Name, fault.Message);
            return Results.Json(Error(id, fault.Name, fault.Message));
        }
        catch (Exception wrongType) when (wrongType is InvalidOperationException or FormatException or InvalidCastException or OverflowException)
        {
            // An argument of the wrong JSON type (text where an id belongs, …). Odoo's Python raises a TypeError or
            // ValueError there, which reaches the client as an ordinary error on HTTP 200, never as a bare 500.
            loggers.CreateLogger("Erp.Sandbox.JsonRpc").LogInformation(wrongType, "JSON-RPC call with an argument of the wrong type");
            return Results.Json(Error(id, OdooFaultException.TypeError, wrongType.Message));
        }
    }

    public static JsonObject Error(JsonNode? id, string name, string message) => new()
    {
        ["jsonrpc"] = "2.0",
        ["id"] = id,
        ["error"] = new JsonObject
        {
            ["code"] = 200,
            ["message"] = "Odoo Server Error",
            ["data"] = new JsonObject
            {
                ["name"] = name,
                ["debug"] = $"Traceback (most recent call last):\n  (sandbox)\n{name}: {message}\n",
                ["message"] = message,
                ["arguments"] = new JsonArray(message),
                ["context"] = new JsonObject(),
            },
        },
    };
}
