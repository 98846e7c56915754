using System.Globalization;
using System.Text.Json.Nodes;
using Erp.Sandbox.Rpc;

namespace Erp.Sandbox.Store;

/// <summary>
/// Datetime fields as Odoo on PostgreSQL has them: stored with microseconds (timestamp without time zone, UTC), shown
/// over RPC to the second ("2024-05-06 07:08:09", the fraction cut off), and compared in domains as timestamps: a
/// value "10:00:00" is below a stored 10:00:00.123456, so '=' misses it while '&gt;' and '&gt;=' find it.
/// </summary>
public static class Timestamps
{
    public const string StoredFormat = "yyyy-MM-dd HH:mm:ss.ffffff";

    private static readonly string[] ValueFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFF", "yyyy-MM-dd"];

    /// <summary>The stored form: microseconds, fixed width, so stored values also sort as text.</summary>
    public static string Stored(DateTimeOffset at) => at.UtcDateTime.ToString(StoredFormat, CultureInfo.InvariantCulture);

    /// <summary>What read and search_read answer: the stored time without its fraction.</summary>
    public static JsonNode ForRpc(JsonNode stored)
    {
        var text = stored.ToString();
        return JsonValue.Create(text.Length > 19 ? text[..19] : text);
    }

    /// <summary>
    /// A domain value as a timestamp. A date alone means the day's start, except for '&gt;' and '&lt;=', where
    /// Odoo takes the day's last microsecond.
    /// </summary>
    public static DateTime Parse(JsonNode? value, string op)
    {
        var text = value?.ToString() ?? string.Empty;
        if (!DateTime.TryParseExact(text, ValueFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at))
        {
            throw OdooFaultException.Value($"time data '{text}' does not match format '%Y-%m-%d %H:%M:%S'");
        }

        return text.Length == 10 && op is ">" or "<=" ? at.AddDays(1).AddTicks(-TimeSpan.TicksPerMicrosecond) : at;
    }
}
