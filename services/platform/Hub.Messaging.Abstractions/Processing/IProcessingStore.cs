namespace Hub.Messaging.Processing;

/// <summary>
/// Durable consumer state outside Kafka: dedup markers, checkpoints with history, parked keys and replay epochs.
/// Implementations must make <see cref="CommitAsync"/> atomic and raise <see cref="ProcessingStoreUnavailableException"/>
/// when the store cannot be reached, so the consumer pauses instead of acknowledging unrecorded work.
/// </summary>
public interface IProcessingStore
{
    Task<BatchLookup> LookupAsync(string group, IReadOnlyCollection<string> eventIds, PartitionRef parkingScope, IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    Task CommitAsync(string group, BatchOutcome outcome, CancellationToken cancellationToken);

    Task<Checkpoint?> GetCheckpointAsync(string group, PartitionRef partition, CancellationToken cancellationToken);

    Task<IReadOnlyList<Checkpoint>> GetCheckpointHistoryAsync(string group, PartitionRef partition, int max, CancellationToken cancellationToken);

    Task<bool> PingAsync(CancellationToken cancellationToken);
}
