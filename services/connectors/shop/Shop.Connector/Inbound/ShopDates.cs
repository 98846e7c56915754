using System.Globalization;

namespace Shop.Connector.Inbound;

/// <summary>Shopify's timestamps: ISO 8601 with the shop's offset, e.g. 2024-10-01T12:00:00-04:00.</summary>
public static class ShopDates
{
    public static DateTimeOffset? Parse(object? value) => value switch
    {
        DateTimeOffset dto => dto,
        string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed) => parsed,
        _ => null,
    };
}
