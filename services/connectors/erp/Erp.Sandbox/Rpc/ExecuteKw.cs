using System.Text.Json.Nodes;
using Erp.Sandbox.Store;
using Microsoft.Extensions.Options;

namespace Erp.Sandbox.Rpc;

/// <summary>
/// The "common" service (version, login, authenticate) and the "object" service's execute_kw(db, uid, password,
/// model, method, args, kwargs) over the <see cref="OdooDatabase"/>.
/// </summary>
public sealed class ExecuteKw(OdooDatabase database, IOptions<ErpSandboxOptions> options)
{
    public JsonNode? Call(JsonObject parameters)
    {
        var service = parameters["service"]?.GetValue<string>();
        var method = parameters["method"]?.GetValue<string>();
        var args = parameters["args"] as JsonArray ?? [];
        return (service, method) switch
        {
            ("common", "version") => new JsonObject
            {
                ["server_version"] = "17.0", ["server_version_info"] = new JsonArray(17, 0, 0, "final", 0, ""), ["server_serie"] = "17.0", ["protocol_version"] = 1,
            },
            ("common", "login") or ("common", "authenticate") => Login(args),
            ("object", "execute_kw") => Execute(args),
            _ => throw new OdooFaultException(OdooFaultException.KeyError, $"'{service}.{method}' is not a known service method"),
        };
    }

    private JsonNode Login(JsonArray args)
    {
        var o = options.Value;
        var ok = Text(args, 0) == o.Database && Text(args, 1) == o.Login && Text(args, 2) == o.ApiKey;
        return ok ? JsonValue.Create(o.Uid) : JsonValue.Create(false);
    }

    private JsonNode? Execute(JsonArray args)
    {
        var o = options.Value;
        // Odoo's object service int()s the uid before it checks the credentials.
        var uid = RemoteUid.From(args.ElementAtOrDefault(1));
        if (Text(args, 0) != o.Database || uid != o.Uid || Text(args, 2) != o.ApiKey)
        {
            throw new OdooFaultException(OdooFaultException.AccessDenied, "Access Denied");
        }

        var model = Text(args, 3) ?? throw OdooFaultException.Value("model is missing");
        var method = Text(args, 4) ?? throw OdooFaultException.Value("method is missing");
        if (method.StartsWith('_'))
        {
            throw new OdooFaultException(OdooFaultException.AccessError, $"Private methods (such as {model}.{method}) cannot be called remotely.");
        }

        var definition = database.Definition(model);
        var positional = args.ElementAtOrDefault(5) as JsonArray ?? [];
        var kwargs = args.ElementAtOrDefault(6) as JsonObject ?? [];
        return database.InTransaction(() => method switch
        {
            "create" => Create(model, positional),
            "write" => JsonValue.Create(database.Write(model, Ids(positional.ElementAtOrDefault(0)), positional.ElementAtOrDefault(1) as JsonObject ?? throw OdooFaultException.Value("write needs values"))),
            "search" => new JsonArray([.. Search(model, positional, kwargs).Select(i => (JsonNode)i)]),
            "search_count" => JsonValue.Create(Search(model, positional, kwargs, withNoLimit: true).Count),
            "search_read" => database.Read(model, Search(model, positional, kwargs), Fields(kwargs["fields"] ?? positional.ElementAtOrDefault(1))),
            "read" => database.Read(model, Ids(positional.ElementAtOrDefault(0)), Fields(kwargs["fields"] ?? positional.ElementAtOrDefault(1))),
            "fields_get" => FieldsGet.Describe(definition, kwargs["allfields"] ?? positional.ElementAtOrDefault(0), kwargs["attributes"] ?? positional.ElementAtOrDefault(1)),
            "check_access_rights" => CheckAccessRights(kwargs["operation"] ?? positional.ElementAtOrDefault(0)),
            _ => throw new OdooFaultException(OdooFaultException.AttributeError, $"type object '{model}' has no attribute '{method}'"),
        });
    }

    /// <summary>The sandbox's one user may do everything on every model; the operation is still checked.</summary>
    private static JsonNode CheckAccessRights(JsonNode? operation) =>
        operation?.ToString() is "read" or "write" or "create" or "unlink"
            ? JsonValue.Create(true)
            : throw OdooFaultException.Value("Invalid access mode");

    private JsonNode Create(string model, JsonArray positional) => positional.ElementAtOrDefault(0) switch
    {
        JsonArray many => new JsonArray([.. many.Select(v => (JsonNode)database.Create(model, v as JsonObject ?? throw OdooFaultException.Value("create needs values")))]),
        JsonObject values => JsonValue.Create(database.Create(model, values)),
        _ => throw OdooFaultException.Value("create needs values"),
    };

    private List<int> Search(string model, JsonArray positional, JsonObject kwargs, bool withNoLimit = false)
    {
        var domain = (kwargs["domain"] ?? positional.ElementAtOrDefault(0)) as JsonArray ?? [];
        var offset = kwargs["offset"]?.GetValue<int>() ?? 0;
        var limit = withNoLimit ? null : kwargs["limit"] is JsonValue l && l.TryGetValue<int>(out var n) ? n : (int?)null;
        var order = kwargs["order"] is JsonValue ov && ov.TryGetValue<string>(out var s) ? s : null;
        return database.Search(model, domain, offset, limit, order);
    }

    private static List<int> Ids(JsonNode? node) => node switch
    {
        JsonArray array => [.. array.Select(i => i!.GetValue<int>())],
        JsonValue value => [value.GetValue<int>()],
        _ => throw OdooFaultException.Value("ids are missing"),
    };

    private static IReadOnlyList<string>? Fields(JsonNode? node) => node is JsonArray a && a.Count > 0 ? [.. a.Select(f => f!.GetValue<string>())] : null;

    private static string? Text(JsonArray args, int index) =>
        args.ElementAtOrDefault(index) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
