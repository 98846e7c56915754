using Confluent.Kafka;

namespace Hub.Messaging.Kafka.Consuming;

internal static class PausedPolling
{
    /// <summary>
    /// While a dependency is down, called before each wait of the outage guard: all partitions paused and the consumer
    /// polled without blocking, so it keeps its group membership (max.poll.interval.ms; the waits are at most
    /// <c>Resilience:dependency-outage:MaxDelay</c>) and serves rebalances. <paramref name="paused"/> false means
    /// "back, resume".
    /// </summary>
    public static Task PollAsync<TEvent>(IConsumer<byte[]?, byte[]?> consumer, bool paused, SubscriptionRuntime<TEvent> runtime)
        where TEvent : class, IIntegrationEvent
    {
        if (!paused)
        {
            consumer.Resume(consumer.Assignment);
            return Task.CompletedTask;
        }

        consumer.Pause(consumer.Assignment);
        var stray = TolerantPoll.Consume(consumer, TimeSpan.Zero, runtime.Logger);
        if (stray is not null)
        {
            // Fetched before the pause took effect: put it back so it is read again after the outage.
            consumer.Seek(stray.TopicPartitionOffset);
        }

        runtime.Health.Polled(runtime.Options.Name);
        return Task.CompletedTask;
    }
}
