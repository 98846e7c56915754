using System.Globalization;
using System.Text;
using Hub.Messaging.Errors;
using Hub.Messaging.Kafka.Producing;
using Hub.Messaging.UnitTests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Messaging.UnitTests.Producing;

public sealed class KafkaInboundDeadLetterPublisherTests
{
    private readonly CapturingProducer _producer = new();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeMilliseconds(1_760_000_000_000));

    [Fact]
    public async Task PublishAsync_Always_RecordAsReadWithTheDeadLetterHeaders()
    {
        var publisher = new KafkaInboundDeadLetterPublisher(_producer, _time);
        var value = Encoding.UTF8.GetBytes("""{"id":"501","email":"not-an-address"}""");

        await publisher.PublishAsync(new InboundDeadLetter
        {
            Topic = "crm.inbound.dlq",
            Key = "501",
            Value = value,
            EventId = "6f1c2d3e-0000-4000-8000-1234567890ab",
            EventType = "crm.contact",
            Source = "webhook:/webhooks/hubspot",
            ConsumerGroup = "crm-connector.inbound",
            Error = new PermanentEventException("mapping-rejected", "crm-to-canonical: record rejected: email"),
        });

        var message = _producer.To("crm.inbound.dlq").Should().ContainSingle().Subject;
        message.Key.Should().Equal(Encoding.UTF8.GetBytes("501"));
        message.Value.Should().Equal(value);
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        message.Headers.Select(h => (h.Key, Encoding.UTF8.GetString(h.GetValueBytes()))).Should().Equal(
            (EventHeaders.EventId, "6f1c2d3e-0000-4000-8000-1234567890ab"),
            (EventHeaders.EventType, "crm.contact"),
            (EventHeaders.OriginalTopic, "webhook:/webhooks/hubspot"),
            (EventHeaders.ConsumerGroup, "crm-connector.inbound"),
            (EventHeaders.ErrorClass, typeof(PermanentEventException).FullName!),
            (EventHeaders.ErrorMessage, "crm-to-canonical: record rejected: email"),
            (EventHeaders.ErrorKind, "permanent:mapping-rejected"),
            (EventHeaders.AttemptCount, "1"),
            (EventHeaders.FirstFailureAt, now),
            (EventHeaders.LastFailureAt, now));
    }
}
