using System.Globalization;

namespace Shop.Connector.Inbound;

/// <summary>Shopify ids are 64-bit integers in JSON; the hub keeps them as text.</summary>
public static class ShopIds
{
    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        decimal d when d == decimal.Truncate(d) => d.ToString("0", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };
}
