using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace Hub.Messaging.Kafka.Consuming;

/// <summary>Takes what the client has already fetched, up to a batch size, blocking only for the first message.</summary>
internal static class BatchCollector
{
    public static List<InboundMessage> Collect(IConsumer<byte[]?, byte[]?> consumer, int maxBatchSize, TimeSpan pollTimeout, ILogger logger, CancellationToken cancellationToken)
    {
        var batch = new List<InboundMessage>();
        var timeout = pollTimeout;
        while (batch.Count < maxBatchSize && !cancellationToken.IsCancellationRequested)
        {
            var result = TolerantPoll.Consume(consumer, timeout, logger);
            if (result is null)
            {
                break;
            }

            if (!result.IsPartitionEOF)
            {
                batch.Add(new InboundMessage(result));
            }

            timeout = TimeSpan.Zero;
        }

        if (batch.Count == 0)
        {
            return batch;
        }

        // A rebalance inside Consume may have taken partitions away; their messages now belong to another member.
        var assigned = consumer.Assignment.ToHashSet();
        return batch.Where(m => assigned.Contains(m.Result.TopicPartition)).ToList();
    }
}
