using System.Globalization;
using System.Text;
using Confluent.Kafka;
using Hub.Messaging.Errors;
using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.Kafka.Consuming;
using Hub.Messaging.Kafka.Producing;
using Hub.Messaging.Kafka.Telemetry;

namespace Hub.Messaging.Kafka.Pipeline;

/// <summary>
/// Writes the copies that take an event out of the normal flow: to the retry topic (park) or to the dead-letter
/// topic. The original key, value and headers are kept byte for byte, and the failure is described in hub-* headers,
/// so an operator can see what happened and replay the copy unchanged.
/// </summary>
public sealed class FailureRouter(IKafkaProducer producer, MessagingTelemetry telemetry, TimeProvider time)
{
    private const int MaxErrorMessageLength = 2000;

    /// <param name="kind">What the classifier made of the error: permanent errors say why, transient ones ran out of attempts.</param>
    public async Task DeadLetterAsync(SubscriptionOptions subscription, InboundMessage message, Exception error, ErrorKind kind, int attempts, CancellationToken cancellationToken)
    {
        var copy = CopyOf(message, subscription.GroupId, attempts, error);
        Set(copy.Headers, EventHeaders.ErrorKind, Describe(error, kind));
        await producer.ProduceAsync(subscription.DeadLetterTopicName, copy, cancellationToken).ConfigureAwait(false);
        telemetry.DeadLettered.Add(1, MessagingTags.For(message.OriginPartition.Topic, message.OriginPartition.Partition, subscription.GroupId));
    }

    public async Task ParkAsync(SubscriptionOptions subscription, InboundMessage message, string reason, Exception? error, int attempts, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        var copy = CopyOf(message, subscription.GroupId, attempts, error);
        Set(copy.Headers, EventHeaders.ParkedReason, reason);
        Set(copy.Headers, EventHeaders.NotBefore, notBefore.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        await producer.ProduceAsync(subscription.RetryTopicName, copy, cancellationToken).ConfigureAwait(false);
        telemetry.Parked.Add(1, MessagingTags.For(message.OriginPartition.Topic, message.OriginPartition.Partition, subscription.GroupId));
    }

    private Message<byte[]?, byte[]?> CopyOf(InboundMessage message, string group, int attempts, Exception? error)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var headers = new Headers();
        foreach (var header in message.Result.Message.Headers ?? [])
        {
            headers.Add(header.Key, header.GetValueBytes());
        }

        // A retry-topic copy already names its origin; keep that, not the retry topic's own position.
        var origin = message.OriginPartition;
        SetIfMissing(headers, EventHeaders.OriginalTopic, origin.Topic);
        SetIfMissing(headers, EventHeaders.OriginalPartition, origin.Partition.ToString(CultureInfo.InvariantCulture));
        SetIfMissing(headers, EventHeaders.OriginalOffset, message.Offset.ToString(CultureInfo.InvariantCulture));
        SetIfMissing(headers, EventHeaders.FirstFailureAt, now);
        Set(headers, EventHeaders.ConsumerGroup, group);
        Set(headers, EventHeaders.AttemptCount, attempts.ToString(CultureInfo.InvariantCulture));
        Set(headers, EventHeaders.LastFailureAt, now);
        if (error is not null)
        {
            Set(headers, EventHeaders.ErrorClass, error.GetType().FullName ?? error.GetType().Name);
            Set(headers, EventHeaders.ErrorMessage, error.Message.Length > MaxErrorMessageLength ? error.Message[..MaxErrorMessageLength] : error.Message);
            Set(headers, EventHeaders.ErrorStackHash, StackHash.Of(error));
        }

        return new Message<byte[]?, byte[]?>
        {
            Key = message.Result.Message.Key,
            Value = message.Value,
            Headers = headers,
        };
    }

    private static string Describe(Exception error, ErrorKind kind) => (kind, error) switch
    {
        (ErrorKind.Permanent, PermanentEventException permanent) => $"permanent:{permanent.ReasonCode}",
        (ErrorKind.Permanent, _) => $"permanent:{error.GetType().Name}",
        _ => "transient-exhausted",
    };

    private static void Set(Headers headers, string key, string value)
    {
        headers.Remove(key);
        headers.Add(key, Encoding.UTF8.GetBytes(value));
    }

    private static void SetIfMissing(Headers headers, string key, string value)
    {
        if (!headers.TryGetLastBytes(key, out _))
        {
            headers.Add(key, Encoding.UTF8.GetBytes(value));
        }
    }
}
