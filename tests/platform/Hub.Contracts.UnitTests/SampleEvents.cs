namespace Hub.Contracts.UnitTests;

/// <summary>One fully populated instance of every generated event, so round trips exercise every field.</summary>
public static class SampleEvents
{
    public static readonly DateTimeOffset At = new(2025, 3, 14, 9, 26, 53, 589, TimeSpan.Zero);

    public static TheoryData<string> Names => new(All().Keys);

    public static IReadOnlyDictionary<string, Avro.Specific.ISpecificRecord> All() => new Dictionary<string, Avro.Specific.ISpecificRecord>
    {
        ["CustomerUpserted"] = Customer(),
        ["CustomerMerged"] = new CustomerMerged { Envelope = Envelope("cust-1"), SurvivingCustomerId = "cust-1", MergedCustomerIds = ["cust-7", "cust-9"], Reason = "duplicate e-mail" },
        ["OrderPlaced"] = Order(),
        ["OrderStatusChanged"] = new OrderStatusChanged { Envelope = Envelope("ord-1"), OrderNumber = "SO-1001", Status = OrderStatus.Shipped, PreviousStatus = OrderStatus.Paid, TrackingNumber = "1Z999" },
        ["InvoiceRaised"] = new InvoiceRaised
        {
            Envelope = Envelope("inv-1"), InvoiceNumber = "INV-2025-0042", CustomerId = "cust-1", OrderId = "ord-1",
            IssueDate = new DateOnly(2025, 3, 14), DueDate = new DateOnly(2025, 4, 13),
            Lines = [new InvoiceLine { LineNumber = 1, Sku = "SKU-1", Quantity = 2m, UnitPrice = Eur(10.5m), TaxRatePercent = 19m, LineTotal = Eur(21m) }],
            NetTotal = Eur(21m), TaxTotal = Eur(3.99m), GrossTotal = Eur(24.99m), BillingAddress = Address(AddressKind.Billing),
        },
        ["PaymentReceived"] = new PaymentReceived
        {
            Envelope = Envelope("pay-1"), PaymentReference = "BANK-778", CustomerId = "cust-1", InvoiceNumber = "INV-2025-0042",
            Amount = Eur(24.99m), Method = PaymentMethod.BankTransfer, ReceivedAt = At.AddDays(3), PayerName = "Ada Lovelace",
        },
        ["StockLevelChanged"] = new StockLevelChanged
        {
            Envelope = Envelope("WH1:SKU-1"), Sku = "SKU-1", WarehouseCode = "WH1", QuantityOnHand = 120.5m, QuantityReserved = -0.0001m, Reason = StockChangeReason.Count,
        },
        ["ProductUpserted"] = new ProductUpserted
        {
            Envelope = Envelope("prod-1"), Sku = "SKU-1", Name = "Widget", Description = "A fine widget", Gtin = "4006381333931",
            ListPrice = Eur(10.5m), TaxRatePercent = 19m, UnitOfMeasure = "C62", Active = true,
            Attributes = new Dictionary<string, string> { ["colour"] = "red", ["size"] = "M" },
        },
    };

    public static Envelope Envelope(string entityId) => new()
    {
        EventId = Guid.Parse("8d5f2a0e-3c1b-4c7e-9a55-0d6b2f3e4a11"),
        EntityId = entityId,
        SourceSystem = "crm",
        SourceRecordId = "CRM-" + entityId,
        OccurredAt = At,
        CorrelationId = "corr-42",
        CausationId = "cause-41",
        SchemaVersion = 1,
    };

    public static Money Eur(decimal amount) => new() { Amount = amount, Currency = "EUR" };

    public static Address Address(AddressKind kind) => new()
    {
        Kind = kind, Line1 = "Hauptstr. 1", Line2 = "Hinterhaus", PostalCode = "10115", City = "Berlin", Region = null, CountryCode = "DE",
    };

    public static CustomerUpserted Customer() => new()
    {
        Envelope = Envelope("cust-1"),
        Kind = CustomerKind.Person,
        DisplayName = "Ada Lovelace",
        GivenName = "Ada",
        FamilyName = "Lovelace",
        Email = "ada@example.org",
        Phone = "+4930123456",
        Addresses = [Address(AddressKind.Billing), Address(AddressKind.Shipping)],
        Status = CustomerStatus.Active,
        PreferredLanguage = "en-GB",
        MarketingConsent = true,
    };

    public static OrderPlaced Order() => new()
    {
        Envelope = Envelope("ord-1"),
        OrderNumber = "SO-1001",
        CustomerId = "cust-1",
        Lines =
        [
            new OrderLine { LineNumber = 1, Sku = "SKU-1", Description = "Widget", Quantity = 2m, UnitPrice = Eur(10.5m), TaxRatePercent = 19m, LineTotal = Eur(21m) },
            new OrderLine { LineNumber = 2, Sku = "SKU-2", Quantity = 0.75m, UnitPrice = Eur(1234567890.1234m), TaxRatePercent = 7m, LineTotal = Eur(925925917.5926m) },
        ],
        NetTotal = Eur(925925938.5926m),
        TaxTotal = Eur(-0.0001m),
        ShippingTotal = Eur(0m),
        GrossTotal = Eur(925925938.5925m),
        BillingAddress = Address(AddressKind.Billing),
        ShippingAddress = null,
        SalesChannel = "web-shop",
    };
}
