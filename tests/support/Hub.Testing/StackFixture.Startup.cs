using Hub.DevStack;
using Hub.Topics;

namespace Hub.Testing;

// Choosing and starting the backing servers: explicit configuration first, then Docker, then the embedded stack.
public sealed partial class StackFixture
{
    private static string TopicsFile() =>
        Path.Combine(AppContext.BaseDirectory, TopicCatalog.DefaultRelativePath) is var copied && File.Exists(copied)
            ? copied
            : RepositoryRoot.Combine(TopicCatalog.DefaultRelativePath);

    private async Task StartKafkaAsync(Lazy<Task<bool>> dockerUp)
    {
        if (Environment.GetEnvironmentVariable(KafkaVariable) is { Length: > 0 } external)
        {
            (KafkaKind, BootstrapServers) = (StackKind.External, external);
        }
        else if (await dockerUp.Value)
        {
            (kafkaContainer, var bootstrap) = await ContainerStack.StartKafkaAsync(CancellationToken.None);
            (KafkaKind, BootstrapServers) = (StackKind.Container, bootstrap);
        }
        else
        {
            Cluster = MockKafkaCluster.Start(MockKafkaCluster.DefaultBrokerCount, Topics);
            (KafkaKind, BootstrapServers) = (StackKind.Embedded, Cluster.BootstrapServers);
            return;
        }

        using var provisioner = new KafkaTopicProvisioner(BootstrapServers) { CapReplicationToBrokerCount = true };
        await provisioner.EnsureTopicsAsync(Topics.Topics);
    }

    private async Task StartRedisAsync(Lazy<Task<bool>> dockerUp)
    {
        if (Environment.GetEnvironmentVariable(RedisVariable) is { Length: > 0 } external)
        {
            (RedisKind, RedisConfiguration) = (StackKind.External, external);
        }
        else if (IsRedisClusterRequested())
        {
            redisCluster = await RedisClusterProcesses.StartNewAsync();
            (RedisKind, RedisConfiguration) = (StackKind.Embedded, redisCluster.Configuration);
        }
        else if (await dockerUp.Value)
        {
            (redisContainer, var configuration) = await ContainerStack.StartRedisAsync(CancellationToken.None);
            (RedisKind, RedisConfiguration) = (StackKind.Container, configuration);
        }
        else
        {
            redisProcess = await RedisServerProcess.StartNewAsync();
            (RedisKind, RedisConfiguration) = (StackKind.Embedded, redisProcess.Endpoint);
        }
    }
}
