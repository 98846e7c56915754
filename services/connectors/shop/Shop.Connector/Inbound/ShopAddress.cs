using Hub.Contracts;

namespace Shop.Connector.Inbound;

/// <summary>A mapped address record ({ line1, city, countryCode, ... }) as the canonical Address, or null when incomplete.</summary>
public static class ShopAddress
{
    public static Address? ToRecord(object? mapped, AddressKind kind = AddressKind.Billing)
    {
        if (mapped is not IReadOnlyDictionary<string, object?> fields)
        {
            return null;
        }

        string? Text(string name) => fields.GetValueOrDefault(name) as string;
        if (string.IsNullOrWhiteSpace(Text("line1")) || string.IsNullOrWhiteSpace(Text("city")) || string.IsNullOrWhiteSpace(Text("countryCode")))
        {
            return null;
        }

        return new Address
        {
            Kind = kind,
            Line1 = Text("line1")!,
            Line2 = Text("line2"),
            PostalCode = Text("postalCode"),
            City = Text("city")!,
            Region = Text("region"),
            CountryCode = Text("countryCode")!,
        };
    }
}
