using System.Text.Json.Nodes;
using Hub.Connectors.Hosting;

namespace Erp.Connector.Odoo;

/// <summary>
/// Reads Odoo's faults. Odoo answers a failed JSON-RPC call with HTTP 200 and an "error" member:
/// <c>{"code":200,"message":"Odoo Server Error","data":{"name":"odoo.exceptions.UserError","message":…,"debug":…}}</c>.
/// Classified by data.name: database contention (serialization failures, lock timeouts, deadlocks) is worth retrying;
/// AccessDenied (wrong login or API key) is an auth failure; everything else (UserError, ValidationError,
/// AccessError, MissingError, ValueError) is the ERP refusing the request, dead-lettered as "odoo-&lt;Name&gt;" with
/// data.message. HTTP-level failures (proxy 502, 503 during an upgrade) are read by the kit's status rule.
/// </summary>
public static class OdooFaults
{
    public const string AccessDenied = "odoo.exceptions.AccessDenied";

    private static readonly string[] TransientNames =
    [
        "psycopg2.errors.SerializationFailure", "psycopg2.errors.LockNotAvailable", "psycopg2.OperationalError",
        "psycopg2.errors.DeadlockDetected", "odoo.exceptions.ConcurrencyError",
    ];

    /// <returns>The exception for the answer's "error" member, or null when the answer has none.</returns>
    public static Exception? FromAnswer(JsonNode? answer, string operation)
    {
        if (answer?["error"] is not JsonObject error)
        {
            return null;
        }

        var data = error["data"] as JsonObject;
        var name = data?["name"]?.ToString() ?? "unknown";
        var message = data?["message"]?.ToString() ?? error["message"]?.ToString() ?? string.Empty;
        return TransientNames.Contains(name, StringComparer.Ordinal)
            ? new ExternalApiUnavailableException(OdooOptions.ApiName, operation, $"{name}: {message}")
            : Refused(operation, name, message);
    }

    /// <summary><c>common.login</c> answers false, not a fault, for a wrong login or API key.</summary>
    public static OdooRejectedException LoginRefused(string login, string database) =>
        Refused("login", AccessDenied, $"login {login} on database {database} was refused (wrong login or API key)");

    private static OdooRejectedException Refused(string operation, string name, string message) =>
        new(operation, name, message, name == AccessDenied ? ExternalApiRejectedException.AuthFailed : null);
}
