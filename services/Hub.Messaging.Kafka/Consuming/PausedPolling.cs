using Confluent.Kafka;

namespace Hub.Messaging.Kafka.Consuming;

internal static class PausedPolling
{
    /// <summary>
    /// While a dependency is down: all partitions paused and the consumer still polled, so it keeps its group
    /// membership (max.poll.interval.ms) and serves rebalances. <paramref name="paused"/> false means "back, resume".
    /// </summary>
    public static Task WaitAsync<TEvent>(IConsumer<byte[]?, byte[]?> consumer, TimeSpan wait, bool paused, SubscriptionRuntime<TEvent> runtime)
        where TEvent : class, IIntegrationEvent
    {
        if (!paused)
        {
            consumer.Resume(consumer.Assignment);
            return Task.CompletedTask;
        }

        consumer.Pause(consumer.Assignment);
        var stray = TolerantPoll.Consume(consumer, wait, runtime.Logger);
        if (stray is not null)
        {
            // Fetched before the pause took effect: put it back so it is read again after the outage.
            consumer.Seek(stray.TopicPartitionOffset);
        }

        runtime.Health.Polled(runtime.Options.Name);
        return Task.CompletedTask;
    }
}
