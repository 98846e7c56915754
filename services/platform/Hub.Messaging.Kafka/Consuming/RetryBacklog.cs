using Confluent.Kafka;
using Hub.Messaging.Kafka.Health;

namespace Hub.Messaging.Kafka.Consuming;

/// <summary>
/// Counts the copies waiting on this instance's retry partitions (high watermark minus position, asked of the broker
/// because held partitions are paused and fetch nothing) every few seconds, and tells the subscription's health
/// what is waiting and why.
/// </summary>
internal sealed class RetryBacklog<TEvent>(SubscriptionRuntime<TEvent> runtime, RetryHolds holds)
    where TEvent : class, IIntegrationEvent
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan QueryTimeout = TimeSpan.FromSeconds(1);
    private DateTimeOffset _next;

    public void Report(IConsumer<byte[]?, byte[]?> consumer, string name)
    {
        var now = runtime.Time.GetUtcNow();
        if (now < _next)
        {
            return;
        }

        _next = now + Interval;
        long parked;
        try
        {
            parked = consumer.Assignment.Sum(partition => Waiting(consumer, partition));
        }
        catch (KafkaException)
        {
            // Broker unreachable: keep the last count; the broker outage is reported elsewhere.
            return;
        }

        var options = runtime.Options;
        runtime.Health.Waiting(name, parked == 0 ? null : WaitingDescription.Parked(
            options.RetryTopicName, parked, runtime.Circuits.Snapshot.GetValueOrDefault(options.Name), runtime.Recovery.InOutage));
    }

    private long Waiting(IConsumer<byte[]?, byte[]?> consumer, TopicPartition partition)
    {
        var position = holds.HeldAt(partition) ?? consumer.Position(partition);
        if (position == Offset.Unset)
        {
            return 0;
        }

        var marks = consumer.QueryWatermarkOffsets(partition, QueryTimeout);
        return Math.Max(0, marks.High.Value - position.Value);
    }
}
