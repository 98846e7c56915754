using Confluent.Kafka;
using Confluent.Kafka.Admin;

namespace Hub.SchemaRegistry.Kafka;

/// <summary>Creates the registry topic (1 partition, compacted) when it is missing and the cluster allows it.</summary>
internal static class KafkaTopicInitializer
{
    public static async Task EnsureTopicAsync(string bootstrapServers, string topic, TimeSpan timeout, ILogger logger)
    {
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = bootstrapServers })
            .SetLogHandler((_, m) => KafkaLogging.Log(logger, m))
            .SetErrorHandler((_, e) => KafkaLogging.Error(logger, e, bootstrapServers))
            .Build();

        // Throws KafkaException when no broker answers in time; the caller reports and retries.
        var metadata = admin.GetMetadata(topic, timeout);
        var known = metadata.Topics.FirstOrDefault(t => t.Topic == topic);
        if (known is { Error.IsError: false })
        {
            return;
        }

        var replication = (short)Math.Min(3, Math.Max(1, metadata.Brokers.Count));
        try
        {
            await admin.CreateTopicsAsync(
                [new TopicSpecification
                {
                    Name = topic,
                    NumPartitions = 1,
                    ReplicationFactor = replication,
                    Configs = new Dictionary<string, string> { ["cleanup.policy"] = "compact" },
                }],
                new CreateTopicsOptions { OperationTimeout = timeout, RequestTimeout = timeout }).WaitAsync(timeout + TimeSpan.FromSeconds(1));
            logger.LogInformation("Created registry topic {Topic} (1 partition, compacted) at {BootstrapServers}", topic, bootstrapServers);
        }
        catch (Exception e) when (e is CreateTopicsException or KafkaException or TimeoutException)
        {
            // Some brokers (e.g. librdkafka's mock cluster) cannot create topics; the first write auto-creates it.
            logger.LogWarning("Could not create registry topic {Topic} at {BootstrapServers} ({Reason}); on a real cluster create it with 1 partition and cleanup.policy=compact",
                topic, bootstrapServers, e.Message);
        }
    }
}
