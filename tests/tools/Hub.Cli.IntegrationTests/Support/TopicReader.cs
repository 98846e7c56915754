using System.Text.Json;
using Confluent.Kafka;
using Hub.Testing;

namespace Hub.Cli.IntegrationTests.Support;

/// <summary>Reads a whole topic once, without a consumer group, as the platform's shared topics are read by tests.</summary>
public static class TopicReader
{
    public static List<Message<byte[]?, byte[]?>> ReadAll(StackFixture stack, string topic, int partitions) =>
        Hub.Testing.Messaging.TopicReader.ReadToEnd(stack, topic, partitions).Select(r => r.Message).ToList();

    /// <summary>The hub.audit records whose target satisfies <paramref name="target"/>.</summary>
    public static List<JsonElement> AuditRecords(StackFixture stack, Func<string, bool> target) =>
        ReadAll(stack, "hub.audit", 3)
            .Select(m => JsonDocument.Parse(m.Value!).RootElement.Clone())
            .Where(r => r.GetProperty("target").GetString() is { } t && target(t))
            .ToList();
}
