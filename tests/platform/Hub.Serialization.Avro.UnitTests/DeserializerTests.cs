using FluentAssertions.Equivalency;
using Hub.Contracts;
using Hub.Messaging.Errors;
using Hub.Messaging.Serialization;
using System.Net;
using Confluent.SchemaRegistry;

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
    public async Task DeserializeAsync_HugeLengthPrefix_ThrowsMalformedWithoutAllocating()
    {
        var valid = await SerializeAsync();
        // The first body byte starts the eventId string length: a zig-zag varint claiming ~2^62 bytes, which
        // Apache.Avro reads as a negative int and refuses before allocating (the hand-written decoder called it truncated).
        byte[] corrupt = [.. valid[..5], 0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, .. valid[6..]];

        await Decode(corrupt).Should().ThrowAsync<MalformedAvroException>().Where(e => e.ReasonCode == "malformed-avro");
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

    public static TheoryData<Exception> RegistryOutages() => new()
    {
        new HttpRequestException("[http://registry:8081/] HttpRequestException: Connection refused"),
        new SchemaRegistryException("Service Unavailable", HttpStatusCode.ServiceUnavailable, 50301),
        new SchemaRegistryException("not found (a proxy's 404 without Confluent's code)", HttpStatusCode.NotFound, -1),
        new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout"),
    };

    [Theory]
    [MemberData(nameof(RegistryOutages))]
    public async Task DeserializeAsync_RegistryUnavailable_ThrowsTransientNotDecodeError(Exception outage)
    {
        var bytes = await SerializeAsync();
        _registry.FailGetById = outage;

        var thrown = await Decode(bytes).Should().ThrowAsync<SchemaRegistryUnavailableException>();
        thrown.Which.Should().BeAssignableTo<TransientEventException>().And.NotBeAssignableTo<EventDecodeException>();
        new DefaultErrorClassifier().Classify(thrown.Which).Should().Be(ErrorKind.Transient);
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

        // Confluent's deserializer may finish asynchronously; what matters is that the call itself never throws.
        var call = () => deserializer.DeserializeAsync(valid.AsMemory(0, 20), SerdeFactory.Context, default);

        var task = call.Should().NotThrow().Subject;
        await FluentActions.Awaiting(async () => await task).Should().ThrowAsync<TruncatedPayloadException>();
    }

    private Task<byte[]> SerializeAsync() =>
        SerdeFactory.Serializer<CustomerUpserted>(_registry).SerializeAsync(Samples.Customer(), SerdeFactory.Context, default).AsTask();

    private Func<Task> Decode(byte[] bytes) =>
        async () => await new ConfluentAvroDeserializer<CustomerUpserted>(_registry).DeserializeAsync(bytes, SerdeFactory.Context, default);
}
