using Confluent.Kafka;
using Hub.Messaging.Kafka.Health;
using Hub.Messaging.Kafka.Pipeline;
using Hub.Messaging.Processing;

namespace Hub.Messaging.Kafka.Consuming;

/// <summary>Writes this instance's heartbeat (owned partitions, circuit state, what waits) every few seconds, best effort.</summary>
internal sealed class InstanceStatusReporter(IInstanceStatusStore? store, CircuitStates circuits, SubscriptionHealth health, string subscription, string group, TimeProvider time)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private static readonly string Instance = $"{Environment.MachineName}:{Environment.ProcessId}";
    private DateTimeOffset _next;

    public async Task ReportAsync(IConsumer<byte[]?, byte[]?> consumer, bool storeAvailable)
    {
        if (store is null || time.GetUtcNow() < _next)
        {
            return;
        }

        _next = time.GetUtcNow() + Interval;
        try
        {
            await store.ReportAsync(new InstanceStatus
            {
                Instance = Instance,
                Subscription = subscription,
                Group = group,
                Partitions = consumer.Assignment.Select(tp => $"{tp.Topic}:{tp.Partition.Value}").ToList(),
                Circuit = circuits.Snapshot.GetValueOrDefault(subscription, "n/a"),
                Waiting = WaitingDescription.ForSubscription(subscription, health.Snapshot, circuits.Snapshot.GetValueOrDefault(subscription)),
                StoreAvailable = storeAvailable,
                ReportedAt = time.GetUtcNow(),
            }).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The heartbeat is for operators' eyes only; processing reports Redis outages on its own.
        }
    }
}
