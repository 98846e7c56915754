using System.Globalization;

namespace Erp.Connector.Odoo;

/// <summary>Odoo's datetimes over RPC: "2024-05-06 07:08:09", UTC, seconds precision, no zone designator.</summary>
public static class OdooDateTime
{
    public const string Format = "yyyy-MM-dd HH:mm:ss";

    public static DateTimeOffset Parse(string value) =>
        DateTimeOffset.ParseExact(value, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static string ToText(DateTimeOffset value) => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);
}
