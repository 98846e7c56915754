using System.Globalization;
using System.Text;
using Confluent.Kafka;

namespace Hub.Messaging.Kafka.Producing;

/// <summary>
/// Produces an inbound dead letter with the headers the pipeline's dead letters carry (first attempt, failed now,
/// kind "permanent:&lt;reason&gt;"), so `hub dlq` reads both the same way.
/// </summary>
public sealed class KafkaInboundDeadLetterPublisher(IKafkaProducer producer, TimeProvider time) : IInboundDeadLetterPublisher
{
    public async Task PublishAsync(InboundDeadLetter deadLetter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deadLetter);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var error = deadLetter.Error;
        var headers = new Headers();
        Add(headers, EventHeaders.EventId, deadLetter.EventId);
        Add(headers, EventHeaders.EventType, deadLetter.EventType);
        Add(headers, EventHeaders.OriginalTopic, deadLetter.Source);
        Add(headers, EventHeaders.ConsumerGroup, deadLetter.ConsumerGroup);
        Add(headers, EventHeaders.ErrorClass, error.GetType().FullName ?? error.GetType().Name);
        Add(headers, EventHeaders.ErrorMessage, error.Message);
        Add(headers, EventHeaders.ErrorKind, $"permanent:{error.ReasonCode}");
        Add(headers, EventHeaders.AttemptCount, "1");
        Add(headers, EventHeaders.FirstFailureAt, now);
        Add(headers, EventHeaders.LastFailureAt, now);
        var message = new Message<byte[]?, byte[]?>
        {
            Key = Encoding.UTF8.GetBytes(deadLetter.Key),
            Value = deadLetter.Value,
            Headers = headers,
        };
        await producer.ProduceAsync(deadLetter.Topic, message, cancellationToken).ConfigureAwait(false);
    }

    private static void Add(Headers headers, string name, string value) => headers.Add(name, Encoding.UTF8.GetBytes(value));
}
