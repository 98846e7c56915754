using Confluent.Kafka;
using Hub.Messaging.Processing;
using Microsoft.Extensions.Logging;

namespace Hub.Messaging.Kafka.Consuming;

/// <summary>
/// Chooses where a newly assigned partition starts. Kafka's committed offset wins; when there is none (expired
/// group, new cluster, renamed group) the Redis checkpoint is used instead of auto.offset.reset, so a lost commit
/// neither skips events (latest) nor replays the whole topic (earliest).
/// </summary>
public sealed class CheckpointResumer(IProcessingStore store, ILogger<CheckpointResumer> logger)
{
    private static readonly TimeSpan LookupTimeout = TimeSpan.FromSeconds(10);

    public IEnumerable<TopicPartitionOffset> StartingOffsets(IConsumer<byte[]?, byte[]?> consumer, string group, List<TopicPartition> partitions)
    {
        List<TopicPartitionOffset> committed;
        try
        {
            committed = consumer.Committed(partitions, LookupTimeout);
        }
        catch (KafkaException ex)
        {
            logger.LogWarning("Could not read committed offsets of {Group} ({Reason}); starting from the group's defaults", group, ex.Error.Reason);
            return partitions.Select(p => new TopicPartitionOffset(p, Offset.Unset));
        }

        return committed.Select(c => c.Offset == Offset.Unset ? FromCheckpoint(group, c.TopicPartition) : new TopicPartitionOffset(c.TopicPartition, Offset.Unset)).ToList();
    }

    private TopicPartitionOffset FromCheckpoint(string group, TopicPartition partition)
    {
        try
        {
            // Rebalance callbacks are synchronous; the lookup is a single bounded Redis call.
            var checkpoint = store.GetCheckpointAsync(group, new PartitionRef(partition.Topic, partition.Partition.Value), CancellationToken.None)
                .WaitAsync(LookupTimeout).GetAwaiter().GetResult();
            if (checkpoint is null)
            {
                return new TopicPartitionOffset(partition, Offset.Unset);
            }

            logger.LogWarning("{Group} has no committed offset for {Partition}; resuming from the Redis checkpoint at offset {Offset}", group, partition, checkpoint.Offset + 1);
            return new TopicPartitionOffset(partition, new Offset(checkpoint.Offset + 1));
        }
        catch (Exception ex) when (ex is ProcessingStoreUnavailableException or TimeoutException)
        {
            logger.LogWarning("No committed offset for {Partition} and Redis is unreachable; falling back to auto.offset.reset", partition);
            return new TopicPartitionOffset(partition, Offset.Unset);
        }
    }
}
