using Hub.Messaging.Processing;

namespace Hub.Benchmarks.Dedup;

/// <summary>"Dedup off": no marker lookup before the handler; the checkpoint (and marker) write still goes to Redis.</summary>
public sealed class LookupFreeProcessingStore(IProcessingStore inner) : IProcessingStore
{
    public Task<BatchLookup> LookupAsync(string group, IReadOnlyCollection<string> eventIds, PartitionRef parkingScope, IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        Task.FromResult(BatchLookup.Empty);

    public Task CommitAsync(string group, BatchOutcome outcome, CancellationToken cancellationToken) => inner.CommitAsync(group, outcome, cancellationToken);

    public Task<Checkpoint?> GetCheckpointAsync(string group, PartitionRef partition, CancellationToken cancellationToken) =>
        inner.GetCheckpointAsync(group, partition, cancellationToken);

    public Task<IReadOnlyList<Checkpoint>> GetCheckpointHistoryAsync(string group, PartitionRef partition, int max, CancellationToken cancellationToken) =>
        inner.GetCheckpointHistoryAsync(group, partition, max, cancellationToken);

    public Task<bool> PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);
}
