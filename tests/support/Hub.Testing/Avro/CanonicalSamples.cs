using Hub.Contracts;

namespace Hub.Testing.Avro;

/// <summary>Typical canonical events as connectors publish them: a CRM customer and a three-line shop order.</summary>
public static class CanonicalSamples
{
    private static readonly DateTimeOffset Moment = new(2025, 3, 14, 9, 26, 53, 589, TimeSpan.Zero);

    public static CustomerUpserted Customer(int sequence) => new()
    {
        Envelope = Envelope($"cust-{sequence}", "crm", $"CRM-{sequence}", CustomerUpserted.ContractVersion),
        Kind = CustomerKind.Person,
        DisplayName = "Ada Lovelace",
        GivenName = "Ada",
        FamilyName = "Lovelace",
        Email = "ada@example.org",
        Phone = "+4930123456",
        Addresses = [Address(AddressKind.Billing)],
        Status = CustomerStatus.Active,
        PreferredLanguage = "en-GB",
        MarketingConsent = true,
    };

    public static OrderPlaced Order(int sequence) => new()
    {
        Envelope = Envelope($"order-{sequence}", "shop", $"SO-{sequence}", 1),
        OrderNumber = $"SO-{100_000 + sequence}",
        CustomerId = $"cust-{sequence % 1000}",
        Lines = [.. Enumerable.Range(1, 3).Select(Line)],
        NetTotal = Eur(89.70m),
        TaxTotal = Eur(17.04m),
        ShippingTotal = Eur(4.90m),
        GrossTotal = Eur(111.64m),
        BillingAddress = Address(AddressKind.Billing),
        ShippingAddress = Address(AddressKind.Shipping),
        SalesChannel = "web",
    };

    private static Envelope Envelope(string entityId, string source, string recordId, int version) => new()
    {
        EventId = Guid.NewGuid(),
        EntityId = entityId,
        SourceSystem = source,
        SourceRecordId = recordId,
        OccurredAt = Moment,
        CorrelationId = Guid.NewGuid().ToString(),
        SchemaVersion = version,
    };

    private static OrderLine Line(int number) => new()
    {
        LineNumber = number,
        Sku = $"SKU-{number:0000}",
        Description = "Stainless steel bolt M8x40, pack of 50",
        Quantity = 2.5m * number,
        UnitPrice = Eur(11.96m),
        TaxRatePercent = 19m,
        LineTotal = Eur(29.90m),
    };

    private static Address Address(AddressKind kind) => new() { Kind = kind, Line1 = "Hauptstr. 1", PostalCode = "10115", City = "Berlin", CountryCode = "DE" };

    private static Money Eur(decimal amount) => new() { Amount = amount, Currency = "EUR" };
}
