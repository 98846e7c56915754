using Confluent.Kafka;

namespace Hub.Testing.Messaging;

/// <summary>Reads a topic from the beginning with a plain consumer, as an operator's tool would.</summary>
public static class TopicReader
{
    public static async Task<List<ConsumeResult<byte[]?, byte[]?>>> ReadAsync(StackFixture stack, string topic, int expected, TimeSpan? timeout = null)
    {
        var config = stack.ConsumerConfig($"reader-{Guid.NewGuid():N}");
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(config).Build();
        consumer.Subscribe(topic);
        var results = new List<ConsumeResult<byte[]?, byte[]?>>();
        await Eventually.UntilAsync(
            () =>
            {
                var result = consumer.Consume(TimeSpan.FromMilliseconds(100));
                if (result is not null && !result.IsPartitionEOF)
                {
                    results.Add(result);
                }

                return results.Count >= expected;
            },
            $"{expected} messages on {topic}",
            timeout ?? TimeSpan.FromSeconds(30));
        consumer.Close();
        return results;
    }

    /// <summary>
    /// Everything on a topic right now: every partition read from the beginning to its end, without a consumer group.
    /// The partitions are the topic's own unless <paramref name="partitions"/> names how many to read.
    /// </summary>
    public static List<ConsumeResult<byte[]?, byte[]?>> ReadToEnd(StackFixture stack, string topic, int? partitions = null)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var config = stack.ConsumerConfig($"snapshot-{Guid.NewGuid():N}");
        config.EnablePartitionEof = true;
        var open = (partitions is { } count ? Enumerable.Range(0, count) : PartitionsOf(stack, topic)).ToHashSet();
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(config).Build();
        consumer.Assign(open.Select(p => new TopicPartitionOffset(topic, p, Offset.Beginning)));
        var results = new List<ConsumeResult<byte[]?, byte[]?>>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (open.Count > 0 && DateTime.UtcNow < deadline)
        {
            var result = consumer.Consume(TimeSpan.FromMilliseconds(200));
            if (result is null)
            {
                continue;
            }

            if (result.IsPartitionEOF)
            {
                open.Remove(result.Partition.Value);
            }
            else
            {
                results.Add(result);
            }
        }

        consumer.Close();
        return results;
    }

    public static string Header(this ConsumeResult<byte[]?, byte[]?> result, string name) =>
        result.Message.Headers.TryGetLastBytes(name, out var bytes) ? System.Text.Encoding.UTF8.GetString(bytes) : throw new KeyNotFoundException($"header {name} missing");

    private static IEnumerable<int> PartitionsOf(StackFixture stack, string topic)
    {
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = stack.BootstrapServers }).Build();
        return admin.GetMetadata(topic, TimeSpan.FromSeconds(10)).Topics.Single().Partitions.Select(p => p.PartitionId).ToList();
    }
}
