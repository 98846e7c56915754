using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Erp.Sandbox.Rpc;

/// <summary>
/// The uid argument of execute_kw as Odoo's object service reads it: Python's int() of whatever was sent, before
/// the credentials are checked. So "2" is uid 2, false is 0 and true is 1 (both then fail the check as AccessDenied),
/// 2.0 is 2; text that is no integer is a ValueError and null a TypeError, each an ordinary JSON-RPC error.
/// </summary>
public static class RemoteUid
{
    public static long From(JsonNode? node) => node switch
    {
        null => throw new OdooFaultException(OdooFaultException.TypeError, "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'"),
        JsonValue v when v.GetValueKind() == JsonValueKind.False => 0,
        JsonValue v when v.GetValueKind() == JsonValueKind.True => 1,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => Truncate(v.GetValue<double>()),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => Parse(v.GetValue<string>()),
        JsonArray => throw new OdooFaultException(OdooFaultException.TypeError, "int() argument must be a string, a bytes-like object or a real number, not 'list'"),
        _ => throw new OdooFaultException(OdooFaultException.TypeError, "int() argument must be a string, a bytes-like object or a real number, not 'dict'"),
    };

    private static long Truncate(double value) =>
        double.IsFinite(value) ? (long)Math.Truncate(value) : throw new OdooFaultException(OdooFaultException.ValueError, "cannot convert float to integer");

    private static long Parse(string text) =>
        long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var uid)
            ? uid
            : throw new OdooFaultException(OdooFaultException.ValueError, $"invalid literal for int() with base 10: '{text}'");
}
