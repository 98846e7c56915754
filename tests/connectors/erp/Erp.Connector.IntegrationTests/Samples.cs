using Hub.Contracts;

namespace Erp.Connector.IntegrationTests;

/// <summary>Canonical events as the CRM and shop connectors publish them, with ids unique to the test.</summary>
public static class Samples
{
    public static CustomerUpserted Customer(string id, string source = "crm") => new()
    {
        Envelope = Envelope(id, source, CustomerUpserted.ContractVersion),
        Kind = CustomerKind.Organization,
        DisplayName = "Lovelace Engines Ltd",
        CompanyName = "Lovelace Engines Ltd",
        Email = "ada@example.org",
        Phone = "+442079460000",
        Addresses = [new Address { Kind = AddressKind.Billing, Line1 = "12 Crescent Rd", City = "Leeds", PostalCode = "ls1 4ap", CountryCode = "GB" }],
        Status = CustomerStatus.Active,
        PreferredLanguage = "de-DE",
        CustomerCategory = "WHOLESALE",
        CreditLimit = new Money { Amount = 25_000m, Currency = "GBP" },
    };

    public static OrderPlaced Order(string id, string customerId) => new()
    {
        Envelope = Envelope(id, "shop", OrderPlaced.ContractVersion),
        OrderNumber = $"WEB-{id}",
        CustomerId = customerId,
        Lines =
        [
            new OrderLine { LineNumber = 1, Sku = "SKU-1", Description = "Widget", Quantity = 2m, UnitPrice = Gbp(10m), TaxRatePercent = 20m, LineTotal = Gbp(20m) },
            new OrderLine { LineNumber = 2, Sku = "SKU-2", Quantity = 1m, UnitPrice = Gbp(5.5m), TaxRatePercent = 20m, LineTotal = Gbp(5.5m) },
        ],
        NetTotal = Gbp(25.5m),
        TaxTotal = Gbp(5.1m),
        ShippingTotal = Gbp(0m),
        GrossTotal = Gbp(30.6m),
    };

    /// <summary>The same event again (same event id): what a redelivery looks like.</summary>
    public static Envelope Envelope(string id, string source, int version) => new()
    {
        EventId = Guid.NewGuid(),
        EntityId = id,
        SourceSystem = source,
        SourceRecordId = $"{source}-{id}",
        OccurredAt = DateTimeOffset.UtcNow,
        CorrelationId = Guid.NewGuid().ToString(),
        SchemaVersion = version,
    };

    private static Money Gbp(decimal amount) => new() { Amount = amount, Currency = "GBP" };
}
