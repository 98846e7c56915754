using Confluent.Kafka;

namespace Hub.Testing.Messaging;

public static class CommittedOffsets
{
    /// <summary>Sum of the group's committed offsets over the topic's partitions, read without joining the group.</summary>
    public static long Sum(StackFixture stack, string group, string topic, int partitions)
    {
        using var reader = new ConsumerBuilder<byte[], byte[]>(stack.ConsumerConfig(group)).Build();
        var committed = reader.Committed(Enumerable.Range(0, partitions).Select(p => new TopicPartition(topic, p)), TimeSpan.FromSeconds(10));
        return committed.Where(c => c.Offset.Value >= 0).Sum(c => c.Offset.Value);
    }
}
