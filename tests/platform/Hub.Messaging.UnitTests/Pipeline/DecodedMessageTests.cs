using Hub.Messaging.Kafka.Pipeline;
using Hub.Messaging.Serialization;
using Hub.Messaging.UnitTests.Support;

namespace Hub.Messaging.UnitTests.Pipeline;

public sealed class DecodedMessageTests
{
    private static readonly DateTimeOffset KafkaTime = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public void EventId_Decoded_TheEventsOwnId()
    {
        var message = KafkaMessages.Inbound("orders", 1, 9, "k", [1], KafkaMessages.Headers((EventHeaders.EventId, "from-header")));
        var decoded = new DecodedMessage<TestEvent>(message, new TestEvent("from-event", "k", KafkaTime.AddDays(-1)), null);

        decoded.EventId.Should().Be("from-event");
        decoded.EventTime.Should().Be(KafkaTime.AddDays(-1), "freshness is measured by when the event happened");
    }

    [Fact]
    public void EventId_Undecodable_FallsBackToMessage()
    {
        var message = KafkaMessages.Inbound("orders", 1, 9, "k", [1], timestamp: KafkaTime);
        var decoded = new DecodedMessage<TestEvent>(message, null, new EventDecodeException("bad", "bad"));

        decoded.EventId.Should().Be("orders:1:9");
        decoded.EventTime.Should().Be(KafkaTime);
    }
}
