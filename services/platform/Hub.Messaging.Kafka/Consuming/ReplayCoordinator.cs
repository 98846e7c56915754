using Confluent.Kafka;
using Hub.Messaging.Errors;
using Hub.Messaging.Processing;
using Microsoft.Extensions.Logging;

namespace Hub.Messaging.Kafka.Consuming;

/// <summary>
/// The connector side of replay (docs/replay.md), run by a main worker between batches: applies pending rewind
/// requests for partitions it owns (seek, store and commit the new position, then bump the epoch in Redis), keeps
/// the active requests' filters, and completes a request once the partition's checkpoint passed its end.
/// A Redis hiccup here only delays a replay by a second; it never stops processing.
/// </summary>
internal sealed class ReplayCoordinator(IReplayStore store, string group, TimeProvider time, ILogger logger)
{
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);
    private readonly Dictionary<PartitionRef, ReplayRequest> _active = new();
    private DateTimeOffset _nextCheck;

    public ReplayRequest? ActiveFor(PartitionRef partition) => _active.GetValueOrDefault(partition);

    /// <summary>Returns the partitions rewound now: messages of theirs already collected must be dropped.</summary>
    public async Task<IReadOnlySet<PartitionRef>> ApplyPendingAsync(IConsumer<byte[]?, byte[]?> consumer)
    {
        var rewound = new HashSet<PartitionRef>();
        if (time.GetUtcNow() < _nextCheck)
        {
            return rewound;
        }

        _nextCheck = time.GetUtcNow() + CheckInterval;
        try
        {
            var owned = consumer.Assignment.Select(tp => new PartitionRef(tp.Topic, tp.Partition.Value)).ToHashSet();
            _active.Clear();
            foreach (var active in (await store.ActiveAsync(group).ConfigureAwait(false)).Where(a => owned.Contains(a.PartitionRef)))
            {
                _active[active.PartitionRef] = active;
            }

            foreach (var request in (await store.PendingAsync(group).ConfigureAwait(false)).Where(r => owned.Contains(r.PartitionRef)))
            {
                if (await ApplyAsync(consumer, request).ConfigureAwait(false))
                {
                    rewound.Add(request.PartitionRef);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Replay is an operator's request; failing to read it must not stop the processing of live events.
            logger.LogWarning(ex, "Could not check replay requests of {Group}: {Reason}", group, ex.Message);
        }

        return rewound;
    }

    public async Task CompleteReachedAsync(BatchOutcome outcome)
    {
        foreach (var (partition, checkpoint) in outcome.Checkpoints)
        {
            if (_active.TryGetValue(partition, out var replay) && checkpoint.Offset + 1 >= replay.UntilOffset)
            {
                await CompleteAsync(replay).ConfigureAwait(false);
            }
        }
    }

    private async Task<bool> ApplyAsync(IConsumer<byte[]?, byte[]?> consumer, ReplayRequest request)
    {
        var position = new TopicPartitionOffset(request.Topic, request.Partition, request.FromOffset);
        try
        {
            // Position first, durably: if the process dies after this, the request is still pending and is applied
            // again from the same offset; the epoch is bumped only once, by ApplyAsync below.
            // The stored offset is lowered too, or the background auto-commit would put the old position back.
            consumer.Seek(position);
            consumer.StoreOffset(position);
            consumer.Commit([position]);
        }
        catch (KafkaException ex)
        {
            logger.LogWarning("Replay {Id} of {Partition} not applied yet ({Reason}); retrying shortly", request.Id, request.PartitionRef, ex.Error.Reason);
            return false;
        }

        var applied = await store.ApplyAsync(group, request.PartitionRef).ConfigureAwait(false);
        if (applied is null)
        {
            return false;
        }

        logger.LogWarning("Replay {Id} applied: {Group} rewound {Partition} to offset {From} (until {Until}) under epoch {Epoch}, requested by {Who}: {Reason}", applied.Id, group, applied.PartitionRef, applied.FromOffset, applied.UntilOffset, applied.Epoch, applied.RequestedBy, applied.Reason);
        _active[applied.PartitionRef] = applied;
        if (applied.FromOffset >= applied.UntilOffset)
        {
            await CompleteAsync(applied).ConfigureAwait(false);
        }

        return true;
    }

    private async Task CompleteAsync(ReplayRequest replay)
    {
        try
        {
            await store.CompleteAsync(group, replay).ConfigureAwait(false);
            _active.Remove(replay.PartitionRef);
            logger.LogWarning("Replay {Id} of {Partition} completed", replay.Id, replay.PartitionRef);
        }
        catch (DependencyUnavailableException ex)
        {
            logger.LogWarning("Replay {Id} reached its end but could not be marked complete yet: {Reason}", replay.Id, ex.Message);
        }
    }
}
