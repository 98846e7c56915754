using System.Text.Json.Nodes;
using Hub.Connectors.Hosting;

namespace Erp.Connector.Odoo;

/// <summary>
/// The "error" member of an Odoo JSON-RPC answer (sent with HTTP 200): {code, message, data: {name, message, debug}}.
/// Classified by data.name: database contention (serialization failures, lock timeouts) is worth retrying,
/// everything else is the ERP refusing the request.
/// </summary>
public sealed record OdooError(int Code, string Message, string Name, string DataMessage)
{
    private static readonly string[] TransientNames =
    [
        "psycopg2.errors.SerializationFailure", "psycopg2.errors.LockNotAvailable", "psycopg2.OperationalError",
        "psycopg2.errors.DeadlockDetected", "odoo.exceptions.ConcurrencyError",
    ];

    public static OdooError? From(JsonNode? answer)
    {
        if (answer?["error"] is not JsonObject error)
        {
            return null;
        }

        var data = error["data"] as JsonObject;
        return new OdooError(
            error["code"] is JsonValue c && c.TryGetValue<int>(out var code) ? code : 0,
            error["message"]?.ToString() ?? "Odoo Server Error",
            data?["name"]?.ToString() ?? "unknown",
            data?["message"]?.ToString() ?? error["message"]?.ToString() ?? string.Empty);
    }

    public bool IsTransient => TransientNames.Contains(Name, StringComparer.Ordinal);

    public Exception ToException(string operation) => IsTransient
        ? new ExternalApiUnavailableException(OdooOptions.ApiName, operation, $"{Name}: {DataMessage}")
        : new OdooRejectedException(operation, Name, DataMessage);
}
