using Confluent.Kafka;
using Hub.Messaging.Kafka.Pipeline;

namespace Hub.Messaging.Kafka.Consuming;

/// <summary>
/// The retry worker's held partitions (paused until the not-before time of their head copy) and when they are let
/// go: when that time comes; at once when the external system has recovered (every partition held since before
/// the recovery, and copies that failed before it); and, during an outage, one partition per probe interval to find
/// out whether the system is back. Nothing is released early without a success, so a failing system is not hammered.
/// </summary>
internal sealed class RetryHolds(RecoverySignal recovery, TimeProvider time, TimeSpan probeInterval)
{
    private readonly Dictionary<TopicPartition, Held> _held = new();
    private readonly Dictionary<TopicPartitionOffset, DateTimeOffset> _failedAt = new();
    private int _generation = recovery.Generation;
    private DateTimeOffset? _nextProbe;
    private Held? _probe;

    public void Hold(IConsumer<byte[]?, byte[]?> consumer, TopicPartitionOffset position, DateTimeOffset until)
    {
        consumer.Pause([position.TopicPartition]);
        consumer.Seek(position);
        _held[position.TopicPartition] = new Held(position.TopicPartition, position.Offset, until, time.GetUtcNow());
    }

    /// <summary>The offset a held partition will be read from again (a paused, seeked partition reports no position).</summary>
    public Offset? HeldAt(TopicPartition partition) =>
        _held.TryGetValue(partition, out var held) ? held.Offset : _probe?.Partition == partition ? _probe.Offset : null;

    /// <summary>A retried copy failed in place: it is tried early again only after a later recovery.</summary>
    public void Failed(TopicPartitionOffset position) => _failedAt[position] = time.GetUtcNow();

    public void Finished(TopicPartitionOffset position) => _failedAt.Remove(position);

    public void ResumeDue(IConsumer<byte[]?, byte[]?> consumer)
    {
        var now = time.GetUtcNow();
        var generation = recovery.Generation;
        var recoveredAt = generation != _generation ? recovery.RecoveredAt : null;
        _generation = generation;
        foreach (var held in _held.Values.Where(h => h.Until <= now || h.Since <= recoveredAt).ToList())
        {
            Resume(consumer, held);
        }

        if (!recovery.InOutage)
        {
            _nextProbe = null;
            return;
        }

        _nextProbe ??= now + probeInterval;
        if (_probe is null && now >= _nextProbe && _held.Count > 0)
        {
            _probe = _held.Values.MinBy(h => h.Until);
            Resume(consumer, _probe!);
            _nextProbe = now + probeInterval;
        }
    }

    /// <summary>A copy whose not-before lies ahead may be tried now: it is the probe, or it failed before the last recovery.</summary>
    public bool MayTryEarly(InboundMessage message)
    {
        if (_probe?.Partition == message.Result.TopicPartition)
        {
            return true;
        }

        var failedAt = _failedAt.TryGetValue(message.Result.TopicPartitionOffset, out var at) ? at : message.HeaderTime(EventHeaders.LastFailureAt);
        return !recovery.InOutage && recovery.RecoveredAt is { } recoveredAt && failedAt is { } failed && failed <= recoveredAt;
    }

    /// <summary>
    /// Ends the probe if <paramref name="partition"/> is the probed one; returns the time its copy was held until
    /// while that still lies ahead, so a failed probe puts the copy back on its own schedule.
    /// </summary>
    public DateTimeOffset? EndProbe(TopicPartition partition)
    {
        if (_probe?.Partition != partition)
        {
            return null;
        }

        var until = _probe.Until;
        _probe = null;
        return until > time.GetUtcNow() ? until : null;
    }

    public void Forget(TopicPartition partition)
    {
        _held.Remove(partition);
        if (_probe?.Partition == partition)
        {
            _probe = null;
        }

        foreach (var position in _failedAt.Keys.Where(p => p.TopicPartition == partition).ToList())
        {
            _failedAt.Remove(position);
        }
    }

    private void Resume(IConsumer<byte[]?, byte[]?> consumer, Held held)
    {
        _held.Remove(held.Partition);
        if (consumer.Assignment.Contains(held.Partition))
        {
            consumer.Resume([held.Partition]);
        }
    }

    private sealed record Held(TopicPartition Partition, Offset Offset, DateTimeOffset Until, DateTimeOffset Since);
}
