using Hub.Messaging.Processing;

namespace Hub.Benchmarks.Dedup;

/// <summary>
/// Counts the processing store's calls. Each lookup is one pipelined Redis round trip and each commit one Lua call,
/// so the counts are the pipeline's Redis round trips.
/// </summary>
public sealed class CountingProcessingStore(IProcessingStore inner) : IProcessingStore
{
    private long _lookups;
    private long _commits;

    public long Lookups => Interlocked.Read(ref _lookups);

    public long Commits => Interlocked.Read(ref _commits);

    public Task<BatchLookup> LookupAsync(string group, IReadOnlyCollection<string> eventIds, PartitionRef parkingScope, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _lookups);
        return inner.LookupAsync(group, eventIds, parkingScope, keys, cancellationToken);
    }

    public Task CommitAsync(string group, BatchOutcome outcome, CancellationToken cancellationToken)
    {
        if (!outcome.IsEmpty)
        {
            Interlocked.Increment(ref _commits);
        }

        return inner.CommitAsync(group, outcome, cancellationToken);
    }

    public Task<Checkpoint?> GetCheckpointAsync(string group, PartitionRef partition, CancellationToken cancellationToken) =>
        inner.GetCheckpointAsync(group, partition, cancellationToken);

    public Task<IReadOnlyList<Checkpoint>> GetCheckpointHistoryAsync(string group, PartitionRef partition, int max, CancellationToken cancellationToken) =>
        inner.GetCheckpointHistoryAsync(group, partition, max, cancellationToken);

    public Task<bool> PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);
}
