using Hub.Contracts;

namespace Hub.Serialization.Avro.UnitTests;

public static class Samples
{
    public static CustomerUpserted Customer(string displayName = "Ada Lovelace") => new()
    {
        Envelope = new Envelope
        {
            EventId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
            EntityId = "cust-1",
            SourceSystem = "crm",
            SourceRecordId = "CRM-1",
            OccurredAt = new DateTimeOffset(2025, 3, 14, 9, 26, 53, 589, TimeSpan.Zero),
            CorrelationId = "corr-1",
            SchemaVersion = CustomerUpserted.ContractVersion,
        },
        Kind = CustomerKind.Person,
        DisplayName = displayName,
        Email = "ada@example.org",
        Phone = "+4930123456",
        Addresses = [new Address { Kind = AddressKind.Billing, Line1 = "Hauptstr. 1", City = "Berlin", CountryCode = "DE" }],
        Status = CustomerStatus.Active,
        PreferredLanguage = "en-GB",
    };

    /// <summary>The v1 contract, from the same file the contracts project keeps for compatibility tests.</summary>
    public static string CustomerV1Schema { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "avro", "customer", "CustomerUpserted.v1.avsc"));
}
