using Avro;

namespace Hub.Contracts.UnitTests;

public class SchemaFileTests
{
    private static readonly string[] EventNames =
    [
        "CustomerUpserted", "CustomerMerged", "OrderPlaced", "OrderStatusChanged",
        "InvoiceRaised", "PaymentReceived", "StockLevelChanged", "ProductUpserted",
    ];

    [Theory]
    [MemberData(nameof(ContractFiles.AllData), MemberType = typeof(ContractFiles))]
    public void Parse_EveryAvscFile_IsAValidNamedRecord(string file)
    {
        var schema = ContractFiles.Parse(file);

        schema.Should().BeOfType<RecordSchema>();
        ((RecordSchema)schema).Namespace.Should().Be("Hub.Contracts");
    }

    [Theory]
    [MemberData(nameof(ContractFiles.EventData), MemberType = typeof(ContractFiles))]
    public void EventSchema_FirstField_IsTheSharedEnvelope(string file)
    {
        var schema = (RecordSchema)ContractFiles.Parse(file);
        var envelope = ContractFiles.Parse("common/Envelope.avsc");

        schema.Fields[0].Name.Should().Be("envelope");
        schema.Fields[0].Schema.ToString().Should().Be(envelope.ToString());
        ContractFiles.NameAndVersion(file).Name.Should().Be(schema.Name);
    }

    [Theory]
    [MemberData(nameof(ContractFiles.EventData), MemberType = typeof(ContractFiles))]
    public void EventSchema_InlineCopiesOfSharedTypes_MatchCommonDefinitions(string file)
    {
        var shared = new[] { "Envelope", "Money", "Address" }
            .ToDictionary(n => $"Hub.Contracts.{n}", n => ContractFiles.Parse($"common/{n}.avsc").ToString());

        foreach (var named in NamedTypesIn(ContractFiles.Parse(file)).Where(n => shared.ContainsKey(n.Fullname)))
        {
            named.ToString().Should().Be(shared[named.Fullname], $"{file} must embed {named.Fullname} exactly as common/ defines it");
        }
    }

    [Fact]
    public void CanonicalEventTypes_EveryEvent_HasAGeneratedTypeFromItsNewestVersion()
    {
        CanonicalEventTypes.ByAvroName.Keys.Should().BeEquivalentTo(EventNames.Select(n => $"Hub.Contracts.{n}"));

        foreach (var name in EventNames)
        {
            var type = CanonicalEventTypes.ByAvroName[$"Hub.Contracts.{name}"];
            var generated = (Schema)type.GetProperty("AvroSchema")!.GetValue(null)!;
            var newest = ContractFiles.Newest(name);

            generated.ToString().Should().Be(ContractFiles.Parse(newest).ToString(), $"{type.Name} is generated from {newest}");
            type.GetField("ContractVersion")!.GetValue(null).Should().Be(ContractFiles.NameAndVersion(newest).Version);
            type.Should().Implement<Hub.Messaging.IIntegrationEvent>();
        }
    }

    [Fact]
    public void CustomerUpserted_NewestVersion_IsThree()
    {
        CustomerUpserted.ContractVersion.Should().Be(3);
        new CustomerUpserted().Envelope.SchemaVersion.Should().Be(3);
    }

    private static IEnumerable<NamedSchema> NamedTypesIn(Schema schema)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Schema>([schema]);
        while (pending.TryPop(out var current))
        {
            switch (current)
            {
                case RecordSchema record when seen.Add(record.Fullname):
                    yield return record;
                    foreach (var field in record.Fields)
                    {
                        pending.Push(field.Schema);
                    }

                    break;
                case EnumSchema enumSchema when seen.Add(enumSchema.Fullname):
                    yield return enumSchema;
                    break;
                case UnionSchema union:
                    union.Schemas.ToList().ForEach(pending.Push);
                    break;
                case ArraySchema array:
                    pending.Push(array.ItemSchema);
                    break;
                case MapSchema map:
                    pending.Push(map.ValueSchema);
                    break;
            }
        }
    }
}
