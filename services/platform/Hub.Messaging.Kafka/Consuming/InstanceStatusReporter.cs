using Confluent.Kafka;
using Hub.Messaging.Kafka.Health;
using Hub.Messaging.Kafka.Pipeline;
using Hub.Messaging.Processing;
using Microsoft.Extensions.Logging;

namespace Hub.Messaging.Kafka.Consuming;

/// <summary>
/// This instance's heartbeat (owned partitions, circuit state), written on a timer beside the poll loop so a long
/// batch does not make a working instance look gone. Each round also reads the group's other heartbeats to find
/// partitions without a live owner, and prunes instances gone longer than <see cref="InstanceStatus.GoneMemory"/>.
/// </summary>
internal sealed class InstanceStatusReporter(
    IInstanceStatusStore? store,
    CircuitStates circuits,
    SubscriptionHealth health,
    PartitionOwnership ownership,
    string subscription,
    string group,
    TimeProvider time,
    ILogger logger) : IAsyncDisposable
{
    public static readonly string Instance = $"{Environment.MachineName}:{Environment.ProcessId}";
    private readonly CancellationTokenSource _stop = new();
    private Task _running = Task.CompletedTask;

    /// <summary>Reports at once, then every <see cref="InstanceStatus.HeartbeatInterval"/> until <see cref="StopAsync"/>.</summary>
    public void Start(IConsumer<byte[]?, byte[]?> consumer) => _running = Task.Run(() => RunAsync(consumer, _stop.Token));

    /// <summary>Stops the heartbeat before the consumer closes, and leaves the group's heartbeats.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _running.ConfigureAwait(false);
        await LeaveAsync().ConfigureAwait(false);
    }

    public ValueTask DisposeAsync()
    {
        _stop.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task RunAsync(IConsumer<byte[]?, byte[]?> consumer, CancellationToken stoppingToken)
    {
        if (store is null)
        {
            return;
        }

        using var timer = new PeriodicTimer(InstanceStatus.HeartbeatInterval, time);
        do
        {
            await ReportOnceAsync(consumer).ConfigureAwait(false);
        }
        while (await WaitAsync(timer, stoppingToken).ConfigureAwait(false));
    }

    /// <summary>A clean stop says so: the instance leaves the heartbeats instead of showing as gone with orphans.</summary>
    private async Task LeaveAsync()
    {
        ownership.Forget(group);
        if (store is null)
        {
            return;
        }

        try
        {
            await store.RemoveAsync(group, Instance).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ProcessingStoreUnavailableException or OperationCanceledException)
        {
            // Redis down at shutdown: the entry ages into "gone" and is pruned like a crashed instance's.
        }
    }

    private async Task ReportOnceAsync(IConsumer<byte[]?, byte[]?> consumer)
    {
        try
        {
            var now = time.GetUtcNow();
            await store!.ReportAsync(new InstanceStatus
            {
                Instance = Instance,
                Subscription = subscription,
                Group = group,
                Partitions = consumer.Assignment.Select(tp => PartitionOwners.Name(tp.Topic, tp.Partition.Value)).ToList(),
                Circuit = circuits.Snapshot.GetValueOrDefault(subscription, "n/a"),
                Waiting = WaitingDescription.ForSubscription(subscription, health.Snapshot, circuits.Snapshot.GetValueOrDefault(subscription)),
                StoreAvailable = health.Snapshot.GetValueOrDefault(subscription)?.StoreAvailable ?? true,
                ReportedAt = now,
            }).ConfigureAwait(false);
            var instances = await store.ListAsync(group).ConfigureAwait(false);
            ownership.Record(group, PartitionOwners.Orphaned(instances, now));
            foreach (var stale in instances.Where(i => now - i.ReportedAt > InstanceStatus.GoneMemory))
            {
                await store.RemoveAsync(group, stale.Instance).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Heartbeats are for operators and readiness; processing reports Redis outages on its own.
            logger.LogDebug(ex, "Heartbeat of {Subscription} not written", subscription);
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
