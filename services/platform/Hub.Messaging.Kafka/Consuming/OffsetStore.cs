using Confluent.Kafka;
using Hub.Messaging.Kafka.Telemetry;
using Hub.Messaging.Processing;
using Microsoft.Extensions.Logging;

namespace Hub.Messaging.Kafka.Consuming;

internal static class OffsetStore
{
    /// <summary>Stores next offsets once the batch outcome is in Redis; the client commits them in the background.</summary>
    public static void StoreAfter(IConsumer<byte[]?, byte[]?> consumer, BatchOutcome outcome, PartitionProgress progress, string group, ILogger logger)
    {
        foreach (var (partition, checkpoint) in outcome.Checkpoints)
        {
            var topicPartition = new TopicPartition(partition.Topic, partition.Partition);
            try
            {
                consumer.StoreOffset(new TopicPartitionOffset(topicPartition, checkpoint.Offset + 1));
            }
            catch (KafkaException ex) when (ex.Error.Code == ErrorCode.Local_State)
            {
                // Revoked while the batch was finishing: the new owner starts from the last commit and dedup skips what we did.
                logger.LogInformation("{Partition} was revoked before its offset could be stored; the new owner will skip the processed events", partition);
                continue;
            }

            var watermarks = consumer.GetWatermarkOffsets(topicPartition);
            long? high = watermarks.High == Offset.Unset ? null : watermarks.High.Value;
            progress.Record(group, partition, checkpoint.Offset + 1, high, checkpoint.EventTime);
        }
    }
}
