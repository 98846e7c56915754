using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Hub.Messaging.Kafka.Telemetry;
using Hub.Messaging.Processing;

namespace Hub.Messaging.Kafka.Health;

/// <summary>
/// Partitions of this process's groups that no live instance owns, as the last heartbeat round saw them: read by
/// readiness and exported as <c>hub.consumer.partitions_without_owner</c> (per group, the alert's series).
/// </summary>
public sealed class PartitionOwnership
{
    private readonly ConcurrentDictionary<string, Entry> _groups = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public PartitionOwnership(MessagingTelemetry telemetry, TimeProvider time)
    {
        _time = time;
        telemetry.Meter.CreateObservableGauge(
            "hub.consumer.partitions_without_owner",
            Observe,
            "{partition}",
            "Partitions a gone instance held that no live instance of the group owns (a crashed member keeps them until its session expires).");
    }

    public IReadOnlyDictionary<string, Entry> Snapshot => _groups;

    public void Record(string group, IReadOnlyList<OrphanedPartition> orphaned)
    {
        var now = _time.GetUtcNow();
        _groups.AddOrUpdate(
            group,
            _ => new Entry(orphaned, orphaned.Count == 0 ? null : now),
            (_, old) => new Entry(orphaned, orphaned.Count == 0 ? null : old.Since ?? now));
    }

    public void Forget(string group) => _groups.TryRemove(group, out _);

    private IEnumerable<Measurement<long>> Observe()
    {
        foreach (var (group, entry) in _groups)
        {
            yield return new Measurement<long>(entry.Orphaned.Count, new KeyValuePair<string, object?>(MessagingTags.ConsumerGroup, group));
        }
    }

    /// <param name="Since">When the group's partitions were first seen without an owner in this run of orphans.</param>
    public sealed record Entry(IReadOnlyList<OrphanedPartition> Orphaned, DateTimeOffset? Since);
}
