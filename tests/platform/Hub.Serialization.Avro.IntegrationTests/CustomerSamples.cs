using System.Text.Json.Nodes;
using Avro;
using Avro.Generic;
using Hub.Contracts;
using Hub.Testing;

namespace Hub.Serialization.Avro.IntegrationTests;

/// <summary>A customer as the generated (newest) class, and as a v1 producer that was never recompiled writes it.</summary>
internal static class CustomerSamples
{
    public static readonly DateTimeOffset OccurredAt = new(2025, 6, 1, 8, 30, 0, 125, TimeSpan.Zero);

    public static CustomerUpserted Current(string entityId) => new()
    {
        Envelope = new Envelope
        {
            EventId = Guid.NewGuid(),
            EntityId = entityId,
            SourceSystem = "crm",
            SourceRecordId = "CRM-" + entityId,
            OccurredAt = OccurredAt,
            CorrelationId = "corr-" + entityId,
            SchemaVersion = CustomerUpserted.ContractVersion,
        },
        Kind = CustomerKind.Organization,
        DisplayName = "Analytical Engines Ltd",
        CompanyName = "Analytical Engines Ltd",
        Email = "office@engines.example",
        Addresses = [new Address { Kind = AddressKind.Postal, Line1 = "12 Dorset St", City = "London", CountryCode = "GB" }],
        VatId = "GB123456789",
        Status = CustomerStatus.Active,
        PreferredLanguage = "en-GB",
        MarketingConsent = true,
    };

    /// <summary>The v1 contract exactly as committed, the schema an old producer registers.</summary>
    public static RecordSchema V1Schema { get; } =
        (RecordSchema)Schema.Parse(File.ReadAllText(RepositoryRoot.Combine("contracts", "avro", "customer", "CustomerUpserted.v1.avsc")));

    public static GenericRecord V1(Guid eventId, string entityId)
    {
        var envelope = Record((RecordSchema)FieldSchema(V1Schema, "envelope"), new()
        {
            ["eventId"] = eventId,
            ["entityId"] = entityId,
            ["sourceSystem"] = "legacy-csv",
            ["sourceRecordId"] = "L-" + entityId,
            ["occurredAt"] = OccurredAt.UtcDateTime,
            ["correlationId"] = "corr-" + entityId,
            ["schemaVersion"] = 1,
        });
        var addressSchema = (RecordSchema)((ArraySchema)FieldSchema(V1Schema, "addresses")).ItemSchema;
        var address = Record(addressSchema, new()
        {
            ["kind"] = Symbol(addressSchema, "kind", "Billing"),
            ["line1"] = "Hauptstr. 1",
            ["city"] = "Berlin",
            ["countryCode"] = "DE",
        });
        return Record(V1Schema, new()
        {
            ["envelope"] = envelope,
            ["kind"] = Symbol(V1Schema, "kind", "Person"),
            ["displayName"] = "Ada Lovelace",
            ["givenName"] = "Ada",
            ["familyName"] = "Lovelace",
            ["addresses"] = new object[] { address },
            ["status"] = Symbol(V1Schema, "status", "Active"),
        });
    }

    /// <summary>The newest contract plus a field without a default: no reader of it can read older data.</summary>
    public static string WithRequiredField(string name)
    {
        var schema = JsonNode.Parse(CustomerUpserted.AvroSchema.ToString())!.AsObject();
        schema["fields"]!.AsArray().Add(new JsonObject { ["name"] = name, ["type"] = "string" });
        return schema.ToJsonString();
    }

    /// <summary>The newest contract without one of its fields: a schema the newest cannot read data of, if the field has no default.</summary>
    public static string WithoutField(string name)
    {
        var schema = JsonNode.Parse(CustomerUpserted.AvroSchema.ToString())!.AsObject();
        var fields = schema["fields"]!.AsArray();
        fields.Remove(fields.Single(f => (string?)f!["name"] == name));
        return schema.ToJsonString();
    }

    /// <summary>Every field set: the given value, or null for the optional ones the caller left out.</summary>
    private static GenericRecord Record(RecordSchema schema, Dictionary<string, object?> values)
    {
        var record = new GenericRecord(schema);
        foreach (var field in schema.Fields)
        {
            record.Add(field.Name, values.TryGetValue(field.Name, out var value) ? value : null);
        }

        return record;
    }

    private static Schema FieldSchema(RecordSchema record, string name) =>
        record.TryGetField(name, out var field) ? field.Schema : throw new ArgumentException($"{record.Fullname} has no field {name}");

    private static GenericEnum Symbol(RecordSchema record, string field, string symbol) => new((EnumSchema)FieldSchema(record, field), symbol);
}
