using Hub.Messaging.Processing;

namespace Hub.Benchmarks.Dedup;

/// <summary>"No Redis at all": no dedup, no checkpoints; only Kafka offsets remain. The floor the Redis work sits on.</summary>
public sealed class NullProcessingStore : IProcessingStore
{
    public Task<BatchLookup> LookupAsync(string group, IReadOnlyCollection<string> eventIds, PartitionRef parkingScope, IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        Task.FromResult(BatchLookup.Empty);

    public Task CommitAsync(string group, BatchOutcome outcome, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<Checkpoint?> GetCheckpointAsync(string group, PartitionRef partition, CancellationToken cancellationToken) => Task.FromResult<Checkpoint?>(null);

    public Task<IReadOnlyList<Checkpoint>> GetCheckpointHistoryAsync(string group, PartitionRef partition, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Checkpoint>>([]);

    public Task<bool> PingAsync(CancellationToken cancellationToken) => Task.FromResult(true);
}
