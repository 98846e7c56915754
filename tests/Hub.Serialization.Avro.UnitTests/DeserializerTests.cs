using FluentAssertions.Equivalency;
using Hub.Contracts;
using Hub.Messaging.Errors;
using Hub.Messaging.Serialization;
using Hub.Serialization.Avro.Registry;

namespace Hub.Serialization.Avro.UnitTests;

public class DeserializerTests
{
    private readonly InMemorySchemaRegistry _registry = new();

    [Fact]
    public async Task DeserializeAsync_WrongMagicByte_ThrowsUnknownMagicByte()
    {
        var valid = await SerializeAsync();
        valid[0] = 0x7b;

        await Decode(valid).Should().ThrowAsync<UnknownMagicByteException>().Where(e => e.ReasonCode == "unknown-magic-byte");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    public async Task DeserializeAsync_ShorterThanTheHeader_ThrowsTruncated(int length)
    {
        await Decode(new byte[length]).Should().ThrowAsync<TruncatedPayloadException>().Where(e => e.ReasonCode == "truncated-payload");
    }

    [Theory]
    [InlineData(5)]
    [InlineData(20)]
    [InlineData(-1)]
    public async Task DeserializeAsync_BodyCutShort_ThrowsTruncated(int keep)
    {
        var valid = await SerializeAsync();
        var cut = valid[..(keep < 0 ? valid.Length - 1 : keep)];

        await Decode(cut).Should().ThrowAsync<TruncatedPayloadException>();
    }

    [Fact]
    public async Task DeserializeAsync_HugeLengthPrefix_ThrowsTruncatedWithoutAllocating()
    {
        var valid = await SerializeAsync();
        // The first body byte starts the eventId string length: a zig-zag varint claiming ~2^62 bytes.
        byte[] corrupt = [.. valid[..5], 0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, .. valid[6..]];

        await Decode(corrupt).Should().ThrowAsync<TruncatedPayloadException>();
    }

    [Fact]
    public async Task DeserializeAsync_UnknownSchemaId_ThrowsUnknownSchemaId()
    {
        var valid = await SerializeAsync();
        valid[4] = 0x77;

        await Decode(valid).Should().ThrowAsync<UnknownSchemaIdException>().Where(e => e.ReasonCode == "unknown-schema-id");
    }

    [Fact]
    public async Task DeserializeAsync_BodyThatDoesNotDecode_ThrowsMalformedAvro()
    {
        // The body starts with eventId: a length byte (36 as zig-zag) and 36 characters that must form a uuid.
        var bytes = await SerializeAsync();
        bytes[5].Should().Be(72);
        Array.Fill(bytes, (byte)'z', 6, 36);

        await Decode(bytes).Should().ThrowAsync<MalformedAvroException>().Where(e => e.ReasonCode == "malformed-avro");
    }

    [Fact]
    public async Task DeserializeAsync_WriterSchemaOfAnotherRecord_ThrowsSchemaMismatch()
    {
        var id = _registry.Add("""{"type":"record","name":"Other","namespace":"Hub.Tests","fields":[{"name":"n","type":"int"}]}""");
        byte[] bytes = [0, 0, 0, (byte)(id >> 8), (byte)id, 0x54];

        await Decode(bytes).Should().ThrowAsync<SchemaMismatchException>().Where(e => e.ReasonCode == "schema-mismatch");
    }

    [Fact]
    public async Task DeserializeAsync_RegistryUnreachable_ThrowsTransientNotDecodeError()
    {
        var bytes = await SerializeAsync();
        _registry.FailGetById = new SchemaRegistryException("down", null, SchemaRegistryException.NoErrorCode, isTransient: true);

        var thrown = await Decode(bytes).Should().ThrowAsync<TransientEventException>();
        thrown.Which.Should().NotBeAssignableTo<EventDecodeException>();
        new DefaultErrorClassifier().Classify(thrown.Which).Should().Be(ErrorKind.Transient);
    }

    [Fact]
    public async Task DeserializeAsync_SameSchemaIdManyTimes_FetchesTheSchemaOnce()
    {
        var bytes = await SerializeAsync();
        var deserializer = new ConfluentAvroDeserializer<CustomerUpserted>(_registry);

        for (var i = 0; i < 3; i++)
        {
            await deserializer.DeserializeAsync(bytes, SerdeFactory.Context, default);
        }

        _registry.GetByIdCalls.Should().Be(1);
    }

    [Fact]
    public async Task DeserializeAsync_ValueInsideALargerBuffer_ReadsOnlyItsSlice()
    {
        var valid = await SerializeAsync();
        byte[] padded = [0xff, 0xff, 0xff, .. valid, 0xff, 0xff];

        var copy = await new ConfluentAvroDeserializer<CustomerUpserted>(_registry).DeserializeAsync(padded.AsMemory(3, valid.Length), SerdeFactory.Context, default);

        copy.Should().BeEquivalentTo(Samples.Customer(), o => o.Excluding(c => c.Schema));
    }

    [Fact]
    public async Task DeserializeAsync_OrderWithDecimalsLinesAndAddresses_RoundTrips()
    {
        var order = CanonicalSamples.Order(7);
        var bytes = await SerdeFactory.Serializer<OrderPlaced>(_registry).SerializeAsync(order, SerdeFactory.Context, default);

        var copy = await new ConfluentAvroDeserializer<OrderPlaced>(_registry).DeserializeAsync(bytes, SerdeFactory.Context, default);

        copy.Should().BeEquivalentTo(order, o => o.Excluding((IMemberInfo member) => member.Name == nameof(order.Schema)));
    }

    [Fact]
    public async Task DeserializeAsync_UndecodableValue_FaultsTheTaskInsteadOfThrowing()
    {
        var valid = await SerializeAsync();
        var deserializer = new ConfluentAvroDeserializer<CustomerUpserted>(_registry);
        await deserializer.DeserializeAsync(valid, SerdeFactory.Context, default);

        var task = deserializer.DeserializeAsync(valid.AsMemory(0, 20), SerdeFactory.Context, default);

        task.IsFaulted.Should().BeTrue();
        await FluentActions.Awaiting(async () => await task).Should().ThrowAsync<TruncatedPayloadException>();
    }

    private Task<byte[]> SerializeAsync() =>
        SerdeFactory.Serializer<CustomerUpserted>(_registry).SerializeAsync(Samples.Customer(), SerdeFactory.Context, default).AsTask();

    private Func<Task> Decode(byte[] bytes) =>
        async () => await new ConfluentAvroDeserializer<CustomerUpserted>(_registry).DeserializeAsync(bytes, SerdeFactory.Context, default);
}
