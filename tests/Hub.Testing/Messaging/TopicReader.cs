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

    public static string Header(this ConsumeResult<byte[]?, byte[]?> result, string name) =>
        result.Message.Headers.TryGetLastBytes(name, out var bytes) ? System.Text.Encoding.UTF8.GetString(bytes) : throw new KeyNotFoundException($"header {name} missing");
}
