using Confluent.Kafka;
using Hub.Testing;

namespace Legacy.Connector.IntegrationTests;

/// <summary>Everything on a topic right now: reads every partition from the beginning to its end.</summary>
internal static class TopicSnapshot
{
    public static List<ConsumeResult<byte[]?, byte[]?>> Read(StackFixture stack, string topic, int partitions = 4)
    {
        var config = stack.ConsumerConfig($"snapshot-{Guid.NewGuid():N}");
        config.EnablePartitionEof = true;
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(config).Build();
        consumer.Assign(Enumerable.Range(0, partitions).Select(p => new TopicPartitionOffset(topic, p, Offset.Beginning)));
        var ended = new HashSet<int>();
        var results = new List<ConsumeResult<byte[]?, byte[]?>>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (ended.Count < partitions && DateTime.UtcNow < deadline)
        {
            var result = consumer.Consume(TimeSpan.FromMilliseconds(200));
            if (result is null)
            {
                continue;
            }

            if (result.IsPartitionEOF)
            {
                ended.Add(result.Partition.Value);
            }
            else
            {
                results.Add(result);
            }
        }

        return results;
    }
}
