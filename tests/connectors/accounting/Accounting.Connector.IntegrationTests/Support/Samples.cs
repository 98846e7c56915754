using Hub.Contracts;

namespace Accounting.Connector.IntegrationTests.Support;

/// <summary>Canonical events as the shop and the CRM connectors publish them, unique per call.</summary>
internal static class Samples
{
    public static OrderPlaced Order(string currency = "EUR")
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        var lines = new List<OrderLine>
        {
            Line(1, 2.5m, 4.1m, 10.25m, 10m, currency),
            Line(2, 3m, 11.96m, 30.00m, 19m, currency),
        };
        return new OrderPlaced
        {
            Envelope = Envelope($"order-{id}", "shop", $"SO-{id}", OrderPlaced.ContractVersion),
            OrderNumber = $"SO-{id}",
            CustomerId = $"cust-{id}",
            Lines = lines,
            NetTotal = Money(40.25m, currency),
            TaxTotal = Money(6.73m, currency),
            ShippingTotal = Money(0m, currency),
            GrossTotal = Money(46.98m, currency),
            BillingAddress = new Address { Kind = AddressKind.Billing, Line1 = "1 Main St", PostalCode = "10115", City = "Berlin", CountryCode = "DE" },
        };
    }

    public static CustomerUpserted Customer(string entityId, string source, string name, string? vatId) => new()
    {
        Envelope = Envelope(entityId, source, $"{source}-{entityId}", CustomerUpserted.ContractVersion),
        Kind = CustomerKind.Person,
        DisplayName = name,
        GivenName = name.Split(' ')[0],
        FamilyName = name.Split(' ')[^1],
        Email = $"{entityId}@example.org",
        Phone = "+4930123456",
        VatId = vatId,
        Status = CustomerStatus.Active,
        Addresses = [new Address { Kind = AddressKind.Billing, Line1 = "2 Side St", PostalCode = "20095", City = "Hamburg", CountryCode = "DE" }],
    };

    public static Money Money(decimal amount, string currency) => new() { Amount = amount, Currency = currency };

    private static OrderLine Line(int number, decimal quantity, decimal unit, decimal total, decimal rate, string currency) => new()
    {
        LineNumber = number,
        Sku = $"SKU-{number:000}",
        Description = $"Item {number}",
        Quantity = quantity,
        UnitPrice = Money(unit, currency),
        TaxRatePercent = rate,
        LineTotal = Money(total, currency),
    };

    private static Envelope Envelope(string entityId, string source, string recordId, int version) => new()
    {
        EventId = Guid.NewGuid(),
        EntityId = entityId,
        SourceSystem = source,
        SourceRecordId = recordId,
        OccurredAt = new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.Zero),
        CorrelationId = Guid.NewGuid().ToString(),
        SchemaVersion = version,
    };
}
