using Hub.Contracts;
using Hub.Identity;
using Hub.Mapping;

namespace Hub.Connectors.Hosting.UnitTests;

/// <summary>The sample ownership rules and mappings of the kit's ownership tests (Ownership/*.yaml), and records to feed them.</summary>
public static class OwnershipSamples
{
    public static IdentityConfiguration Identity { get; } = IdentityConfiguration.Load(File("sample.ownership.yaml"));

    public static MappingCatalog Mappings { get; } = new([MappingLoader.LoadFile(File("sample-customer.mapping.yaml")), MappingLoader.LoadFile(File("sample-product.mapping.yaml"))]);

    public static RecordMapper Customers => Mappings["canonical-to-sample.customer"];

    public static RecordMapper Products => Mappings["canonical-to-sample.product"];

    /// <summary>A canonical customer record as <see cref="CanonicalCustomerRecord.From"/> shapes it (only the sample's fields).</summary>
    public static Dictionary<string, object?> Customer(string id, string givenName = "Ada", string email = "ada@example.org", string street = "1 Main St", decimal? creditLimit = 500m) => new(StringComparer.Ordinal)
    {
        ["entityId"] = id,
        ["displayName"] = $"{givenName} Lovelace",
        ["givenName"] = givenName,
        ["email"] = email,
        ["phone"] = "+441",
        ["billingAddress"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["line1"] = street, ["city"] = "Leeds", ["text"] = $"{street}, Leeds" },
        ["creditLimit"] = creditLimit is null ? null : new Dictionary<string, object?>(StringComparer.Ordinal) { ["amount"] = creditLimit, ["currency"] = "GBP" },
    };

    /// <summary>The mapper's source: the canonical record plus a value from outside it (the event id), as connectors add them.</summary>
    public static Dictionary<string, object?> Source(Dictionary<string, object?> canonical, string eventId = "event-1") =>
        new(canonical, StringComparer.Ordinal) { ["eventId"] = eventId };

    public static Envelope Envelope(string entityId, string source, DateTimeOffset occurredAt, Guid? eventId = null) => new()
    {
        EventId = eventId ?? Guid.NewGuid(),
        EntityId = entityId,
        SourceSystem = source,
        SourceRecordId = $"{source}-{entityId}",
        OccurredAt = occurredAt,
        CorrelationId = $"corr-{entityId}",
        SchemaVersion = 1,
    };

    private static string File(string name) => Path.Combine(AppContext.BaseDirectory, "Ownership", name);
}
