using Confluent.Kafka;

namespace Hub.Testing.Messaging;

/// <summary>How many messages a topic holds, from its partitions' watermarks; exact for non-transactional producers.</summary>
public static class TopicCounter
{
    public static long Count(StackFixture stack, string topic)
    {
        ArgumentNullException.ThrowIfNull(stack);
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = stack.BootstrapServers }).Build();
        var partitions = admin.GetMetadata(topic, TimeSpan.FromSeconds(10)).Topics.Single().Partitions;
        using var consumer = new ConsumerBuilder<byte[], byte[]>(stack.ConsumerConfig($"counter-{Guid.NewGuid():N}")).Build();
        return partitions.Sum(p =>
        {
            var marks = consumer.QueryWatermarkOffsets(new TopicPartition(topic, p.PartitionId), TimeSpan.FromSeconds(10));
            return marks.High.Value - marks.Low.Value;
        });
    }
}
