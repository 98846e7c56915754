using System.Text;
using Hub.Messaging.Errors;
using Hub.Messaging.Kafka.Pipeline;
using Hub.Messaging.Serialization;
using Hub.Messaging.UnitTests.Support;

namespace Hub.Messaging.UnitTests.Pipeline;

public sealed class EventDecoderTests
{
    private static readonly byte[] Bytes = Encoding.UTF8.GetBytes("{\"id\":\"e1\"}");

    [Fact]
    public async Task DecodeAsync_ReadableValue_EventWithoutError()
    {
        var expected = new TestEvent("e1", "customer-1", DateTimeOffset.UnixEpoch);
        var deserializer = new FakeDeserializer(() => expected);
        var message = KafkaMessages.Inbound("orders", 2, 5, "customer-1", Bytes);

        var decoded = await new EventDecoder<TestEvent>(deserializer).DecodeAsync(message, CancellationToken.None);

        decoded.Event.Should().BeSameAs(expected);
        decoded.DecodeError.Should().BeNull();
        decoded.Message.Should().BeSameAs(message);
        var call = deserializer.Calls.Should().ContainSingle().Subject;
        call.Data.Should().Equal(Bytes);
        call.Context.Should().Be(new SerializationContext("orders", IsKey: false));
    }

    [Fact]
    public async Task DecodeAsync_NullValue_NullValueDecodeErrorWithoutCallingDeserializer()
    {
        var deserializer = new FakeDeserializer(() => throw new InvalidOperationException("must not be called"));
        var message = KafkaMessages.Inbound("orders", 2, 5, "customer-1", null);

        var decoded = await new EventDecoder<TestEvent>(deserializer).DecodeAsync(message, CancellationToken.None);

        decoded.Event.Should().BeNull();
        decoded.DecodeError.Should().BeOfType<EventDecodeException>().Which.ReasonCode.Should().Be("null-value");
        deserializer.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task DecodeAsync_DeserializerRaisesDecodeException_CapturedNotThrown()
    {
        var error = new EventDecodeException("unknown-schema-id", "schema 42 is not registered");

        var decoded = await new EventDecoder<TestEvent>(new FakeDeserializer(() => throw error)).DecodeAsync(KafkaMessages.Inbound("orders", 0, 1, "k", Bytes), CancellationToken.None);

        decoded.Event.Should().BeNull();
        decoded.DecodeError.Should().BeSameAs(error);
    }

    [Fact]
    public async Task DecodeAsync_DeserializerReportsUnreachableDependency_ThrowsDependencyUnavailable()
    {
        var deserializer = new FakeDeserializer(() => throw new DependencyUnavailableException("schema registry unreachable"));

        var act = () => new EventDecoder<TestEvent>(deserializer).DecodeAsync(KafkaMessages.Inbound("orders", 0, 1, "k", Bytes), CancellationToken.None);

        await act.Should().ThrowAsync<DependencyUnavailableException>();
    }

    [Fact]
    public async Task DecodeAsync_Cancelled_Throws()
    {
        var deserializer = new FakeDeserializer(() => throw new OperationCanceledException());

        var act = () => new EventDecoder<TestEvent>(deserializer).DecodeAsync(KafkaMessages.Inbound("orders", 0, 1, "k", Bytes), CancellationToken.None);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }
}
