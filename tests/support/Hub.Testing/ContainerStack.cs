using Hub.DevStack;
using Testcontainers.Kafka;
using Testcontainers.Redis;

namespace Hub.Testing;

/// <summary>Testcontainers-based Kafka and Redis, used when a Docker engine is reachable.</summary>
internal static class ContainerStack
{
    // Kafka 4 brokers speak the KIP-848 consumer group protocol that the tests use.
    public const string KafkaImage = "apache/kafka:4.1.0";
    public const string RedisImage = "redis:7.4";

    public static async Task<(KafkaContainer Container, string BootstrapServers)> StartKafkaAsync(CancellationToken cancellationToken)
    {
        var container = new KafkaBuilder(KafkaImage).Build();
        await container.StartAsync(cancellationToken);
        return (container, $"{container.Hostname}:{container.GetMappedPublicPort(9092)}");
    }

    /// <summary>
    /// Binds a fixed host port and turns on an fsynced append-only file, so stopping and starting the container
    /// (a simulated outage) keeps both the endpoint and the data.
    /// </summary>
    public static async Task<(RedisContainer Container, string Configuration)> StartRedisAsync(CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var container = new RedisBuilder(RedisImage)
            .WithPortBinding(port, 6379)
            .WithCommand("--appendonly", "yes", "--appendfsync", "always")
            .Build();
        await container.StartAsync(cancellationToken);
        return (container, $"{container.Hostname}:{port}");
    }
}
