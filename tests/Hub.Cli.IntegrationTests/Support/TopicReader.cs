using System.Text.Json;
using Confluent.Kafka;
using Hub.Testing;

namespace Hub.Cli.IntegrationTests.Support;

/// <summary>Reads a whole topic once, without a consumer group, as the platform's shared topics are read by tests.</summary>
public static class TopicReader
{
    public static List<Message<byte[]?, byte[]?>> ReadAll(StackFixture stack, string topic, int partitions)
    {
        var config = stack.ConsumerConfig($"topic-reader-{Guid.NewGuid():N}");
        config.EnablePartitionEof = true;
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(config).Build();
        var open = Enumerable.Range(0, partitions).Select(p => new TopicPartition(topic, p)).ToHashSet();
        consumer.Assign(open.Select(p => new TopicPartitionOffset(p, Offset.Beginning)));
        var messages = new List<Message<byte[]?, byte[]?>>();
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (open.Count > 0 && DateTimeOffset.UtcNow < deadline)
        {
            var result = consumer.Consume(TimeSpan.FromMilliseconds(200));
            if (result is null)
            {
                continue;
            }

            if (result.IsPartitionEOF)
            {
                open.Remove(result.TopicPartition);
                continue;
            }

            messages.Add(result.Message);
        }

        consumer.Close();
        return messages;
    }

    /// <summary>The hub.audit records whose target satisfies <paramref name="target"/>.</summary>
    public static List<JsonElement> AuditRecords(StackFixture stack, Func<string, bool> target) =>
        ReadAll(stack, "hub.audit", 3)
            .Select(m => JsonDocument.Parse(m.Value!).RootElement.Clone())
            .Where(r => r.GetProperty("target").GetString() is { } t && target(t))
            .ToList();
}
