using System.Text.Json.Nodes;
using Avro;
using Avro.Generic;
using Avro.IO;
using Avro.Specific;
using Hub.Contracts;
using Hub.Messaging.Serialization;

namespace Hub.Serialization.Avro.UnitTests;

/// <summary>The deserializers' own binary decoding against what Apache.Avro's encoder writes, type by type.</summary>
public class AvroBodyDecodingTests
{
    private const string AllTypesSchema = """
        {"type":"record","name":"AllTypes","namespace":"Hub.Tests","fields":[
          {"name":"flag","type":"boolean"},
          {"name":"small","type":"int"},
          {"name":"big","type":"long"},
          {"name":"ratio","type":"float"},
          {"name":"precise","type":"double"},
          {"name":"blob","type":"bytes"},
          {"name":"text","type":"string"},
          {"name":"hash","type":{"type":"fixed","name":"Hash","size":4}},
          {"name":"colour","type":{"type":"enum","name":"Colour","symbols":["Red","Green"]}},
          {"name":"numbers","type":{"type":"array","items":"long"}},
          {"name":"labels","type":{"type":"map","values":"string"}},
          {"name":"maybe","type":["null","string"]}]}
        """;

    private static readonly SerializationContext Context = new("tools.all-types");
    private static readonly string LongText = "Grüße, 世界 " + new string('x', 400);

    private readonly InMemorySchemaRegistry _registry = new();

    [Fact]
    public async Task GenericDeserializer_EveryAvroType_ReadsTheValuesApacheAvroWrote()
    {
        var schema = (RecordSchema)Schema.Parse(AllTypesSchema);
        var id = _registry.Add(AllTypesSchema);

        var copy = await new GenericAvroDeserializer(_registry).DeserializeAsync(Frame(id, Encode(AllTypes(schema))), Context, default);

        new object?[]
        {
            copy["flag"], copy["small"], copy["big"], copy["ratio"], copy["precise"], copy["blob"], copy["text"],
            ((GenericFixed)copy["hash"]).Value, ((GenericEnum)copy["colour"]).Value, copy["numbers"], copy["labels"], copy["maybe"],
        }.Should().BeEquivalentTo(new object?[]
        {
            true, -123_456, -3_000_000_000_000L, 3.25f, -1.5e300, new byte[] { 0, 1, 255 }, LongText,
            new byte[] { 9, 8, 7, 6 }, "Green", new object[] { 1L, -2L, long.MaxValue }, new Dictionary<string, object> { ["a"] = "x", ["b"] = "" }, "here",
        }, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task SpecificDeserializer_WriterFieldsTheClassLacks_SkipsEachTypeExactly()
    {
        var (id, body) = CustomerAfterAllTypes();

        var copy = await new ConfluentAvroDeserializer<CustomerUpserted>(_registry).DeserializeAsync(Frame(id, body), Context, default);

        copy.Should().BeEquivalentTo(Samples.Customer(), o => o.Excluding(c => c.Schema));
    }

    [Fact]
    public async Task SpecificDeserializer_CutInsideFieldsItSkips_ThrowsTruncated()
    {
        var (id, body) = CustomerAfterAllTypes();
        var allTypesLength = Encode(AllTypes((RecordSchema)Schema.Parse(AllTypesSchema))).Length;

        var decode = async () => await new ConfluentAvroDeserializer<CustomerUpserted>(_registry).DeserializeAsync(Frame(id, body[..(allTypesLength - 3)]), Context, default);

        await decode.Should().ThrowAsync<TruncatedPayloadException>();
    }

    [Fact]
    public async Task GenericDeserializer_ArrayBlockWithNegativeCount_ReadsItsItems()
    {
        var id = _registry.Add("""{"type":"record","name":"Numbers","namespace":"Hub.Tests","fields":[{"name":"numbers","type":{"type":"array","items":"long"}}]}""");
        // A block of -2 items (zig-zag 3) followed by its size in bytes (2, zig-zag 4), the items 1 and 2, the end.
        byte[] body = [0x03, 0x04, 0x02, 0x04, 0x00];

        var copy = await new GenericAvroDeserializer(_registry).DeserializeAsync(Frame(id, body), Context, default);

        ((object[])copy["numbers"]).Should().Equal(1L, 2L);
    }

    /// <summary>A writer schema with every Avro type before the customer's own fields, and a body in it.</summary>
    private (int Id, byte[] Body) CustomerAfterAllTypes()
    {
        var writer = JsonNode.Parse(CustomerUpserted.AvroSchema.ToString())!;
        var fields = writer["fields"]!.AsArray();
        var extra = JsonNode.Parse(AllTypesSchema)!["fields"]!.AsArray();
        for (var i = extra.Count - 1; i >= 0; i--)
        {
            fields.Insert(0, extra[i]!.DeepClone());
        }

        var customer = new MemoryStream();
        new SpecificDatumWriter<CustomerUpserted>(CustomerUpserted.AvroSchema).Write(Samples.Customer(), new BinaryEncoder(customer));
        return (_registry.Add(writer.ToJsonString()), [.. Encode(AllTypes((RecordSchema)Schema.Parse(AllTypesSchema))), .. customer.ToArray()]);
    }

    private static GenericRecord AllTypes(RecordSchema schema)
    {
        var record = new GenericRecord(schema);
        record.Add("flag", true);
        record.Add("small", -123_456);
        record.Add("big", -3_000_000_000_000L);
        record.Add("ratio", 3.25f);
        record.Add("precise", -1.5e300);
        record.Add("blob", new byte[] { 0, 1, 255 });
        record.Add("text", LongText);
        record.Add("hash", new GenericFixed((FixedSchema)schema["hash"].Schema, [9, 8, 7, 6]));
        record.Add("colour", new GenericEnum((EnumSchema)schema["colour"].Schema, "Green"));
        record.Add("numbers", new object[] { 1L, -2L, long.MaxValue });
        record.Add("labels", new Dictionary<string, object> { ["a"] = "x", ["b"] = "" });
        record.Add("maybe", "here");
        return record;
    }

    private static byte[] Encode(GenericRecord record)
    {
        using var body = new MemoryStream();
        new GenericDatumWriter<GenericRecord>(record.Schema).Write(record, new BinaryEncoder(body));
        return body.ToArray();
    }

    private static byte[] Frame(int id, byte[] body) => [0, (byte)(id >> 24), (byte)(id >> 16), (byte)(id >> 8), (byte)id, .. body];
}
