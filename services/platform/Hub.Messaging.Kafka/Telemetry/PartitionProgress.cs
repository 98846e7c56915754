using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Hub.Messaging.Processing;

namespace Hub.Messaging.Kafka.Telemetry;

/// <summary>
/// Per-partition lag and data freshness of every subscription in the process, read by observable gauges and by
/// health checks. Freshness is the age of the newest event processed: it keeps growing while a connector is stuck.
/// </summary>
public sealed class PartitionProgress
{
    private readonly ConcurrentDictionary<(string Group, PartitionRef Partition), Entry> _entries = new();
    private readonly TimeProvider _time;

    public PartitionProgress(MessagingTelemetry telemetry, TimeProvider time)
    {
        _time = time;
        telemetry.Meter.CreateObservableGauge("hub.consumer.lag", ObserveLag, "{message}", "Messages between the partition end and the next offset to process.");
        telemetry.Meter.CreateObservableGauge("hub.data.freshness", ObserveFreshness, "s", "Age of the newest event processed on the partition.");
    }

    public void Record(string group, PartitionRef partition, long nextOffset, long? highWatermark, DateTimeOffset lastEventTime)
    {
        _entries[(group, partition)] = new Entry(nextOffset, highWatermark, lastEventTime);
    }

    public void Forget(string group, PartitionRef partition) => _entries.TryRemove((group, partition), out _);

    public IReadOnlyDictionary<PartitionRef, long> LagOf(string group) =>
        _entries.Where(e => e.Key.Group == group && e.Value.HighWatermark is not null)
            .ToDictionary(e => e.Key.Partition, e => Math.Max(0, e.Value.HighWatermark!.Value - e.Value.NextOffset));

    private IEnumerable<Measurement<long>> ObserveLag()
    {
        foreach (var ((group, partition), entry) in _entries)
        {
            if (entry.HighWatermark is { } high)
            {
                yield return new Measurement<long>(Math.Max(0, high - entry.NextOffset), MessagingTags.For(partition.Topic, partition.Partition, group));
            }
        }
    }

    private IEnumerable<Measurement<double>> ObserveFreshness()
    {
        var now = _time.GetUtcNow();
        foreach (var ((group, partition), entry) in _entries)
        {
            yield return new Measurement<double>((now - entry.LastEventTime).TotalSeconds, MessagingTags.For(partition.Topic, partition.Partition, group));
        }
    }

    private sealed record Entry(long NextOffset, long? HighWatermark, DateTimeOffset LastEventTime);
}
