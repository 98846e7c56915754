using Confluent.Kafka;
using Hub.DevStack;
using Hub.Topics;
using Testcontainers.Kafka;
using Testcontainers.Redis;
using Xunit;

namespace Hub.Testing;

/// <summary>
/// Kafka and Redis for integration tests, shared by a whole test assembly
/// (<c>[assembly: AssemblyFixture(typeof(StackFixture))]</c>). HUB_TEST_KAFKA / HUB_TEST_REDIS name existing
/// servers; HUB_TEST_REDIS_CLUSTER=1 starts a private three-master Redis Cluster; otherwise Testcontainers is used when a Docker engine answers, else the embedded mock cluster and a
/// private redis-server. Topics from contracts/topics.yaml are created in every case.
/// Tests that inject faults (brokers down, Redis stopped) affect every test sharing the fixture, so they belong in
/// a collection with <c>DisableParallelization = true</c>.
/// </summary>
public sealed partial class StackFixture : IAsyncLifetime
{
    public const string KafkaVariable = "HUB_TEST_KAFKA";
    public const string RedisVariable = "HUB_TEST_REDIS";

    private KafkaContainer? kafkaContainer;
    private RedisContainer? redisContainer;
    private RedisServerProcess? redisProcess;
    private RedisClusterProcesses? redisCluster;

    public string BootstrapServers { get; private set; } = "";

    /// <summary>A StackExchange.Redis configuration string.</summary>
    public string RedisConfiguration { get; private set; } = "";

    public StackKind KafkaKind { get; private set; }

    public StackKind RedisKind { get; private set; }

    /// <summary>True when the mock cluster is in use, i.e. broker and request fault injection is available.</summary>
    public bool IsEmbedded => Cluster is not null;

    public MockKafkaCluster? Cluster { get; private set; }

    public TopicCatalog Topics { get; private set; } = TopicCatalog.Empty;

    public async ValueTask InitializeAsync()
    {
        Topics = TopicCatalog.Load(TopicsFile());
        var dockerUp = new Lazy<Task<bool>>(() => DockerEngine.IsReachableAsync());
        try
        {
            await StartKafkaAsync(dockerUp);
            await ResolveGroupProtocolAsync();
            await StartRedisAsync(dockerUp);
        }
        catch
        {
            // Whatever did start must not outlive a fixture that failed half-way.
            await DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (redisProcess is not null)
        {
            await redisProcess.DisposeAsync();
        }

        if (redisCluster is not null)
        {
            await redisCluster.DisposeAsync();
        }

        if (redisContainer is not null)
        {
            await redisContainer.DisposeAsync();
        }

        Cluster?.Dispose();
        if (kafkaContainer is not null)
        {
            await kafkaContainer.DisposeAsync();
        }
    }

    /// <summary>A name no other test uses, so tests never share topics or consumer groups.</summary>
    public string UniqueName(string prefix) => $"{prefix}.{Guid.NewGuid():N}";

    public async Task CreateTopicAsync(string name, int partitions)
    {
        if (Cluster is not null)
        {
            Cluster.CreateTopic(name, partitions);
            return;
        }

        using var provisioner = new KafkaTopicProvisioner(BootstrapServers) { CapReplicationToBrokerCount = true };
        await provisioner.EnsureTopicAsync(name, partitions);
    }

    /// <summary>Skips the calling test unless fault injection is available.</summary>
    public void RequireEmbedded()
    {
        if (!IsEmbedded)
        {
            Assert.Skip($"needs the embedded mock cluster's fault injection; running against {Describe(KafkaKind, BootstrapServers)}");
        }
    }

    public void BrokerDown(int id) => RequiredCluster().SetBrokerDown(id);

    public void BrokerUp(int id) => RequiredCluster().SetBrokerUp(id);

    public void AllBrokersDown() => RequiredCluster().SetAllBrokersDown();

    public void AllBrokersUp() => RequiredCluster().SetAllBrokersUp();

    public void SetRtt(int brokerId, TimeSpan rtt) => RequiredCluster().SetBrokerRtt(brokerId, rtt);

    /// <summary>Takes Redis away (a crash, not a clean shutdown); <see cref="StartRedisAsync"/> brings it back with its data.</summary>
    public async Task StopRedisAsync()
    {
        if (redisProcess is not null)
        {
            await redisProcess.StopAsync();
        }
        else if (redisContainer is not null)
        {
            await redisContainer.StopAsync();
        }
        else if (redisCluster is not null)
        {
            Assert.Skip($"cannot stop the Redis Cluster of a {RedisClusterVariable} run (only a single private redis-server)");
        }
        else
        {
            Assert.Skip($"cannot stop an external Redis ({RedisConfiguration} from {RedisVariable})");
        }
    }

    public async Task StartRedisAsync()
    {
        if (redisProcess is not null)
        {
            await redisProcess.StartAsync();
        }
        else if (redisContainer is not null)
        {
            await redisContainer.StartAsync();
        }
        else if (redisCluster is not null)
        {
            Assert.Skip($"cannot restart the Redis Cluster of a {RedisClusterVariable} run (only a single private redis-server)");
        }
        else
        {
            Assert.Skip($"cannot start an external Redis ({RedisConfiguration} from {RedisVariable})");
        }
    }

    public ProducerConfig ProducerConfig() => new() { BootstrapServers = BootstrapServers, Acks = Acks.All, EnableIdempotence = true };

    private static string Describe(StackKind kind, string endpoint) => kind switch
    {
        StackKind.External => $"an external cluster at {endpoint} ({KafkaVariable})",
        StackKind.Container => $"a Testcontainers cluster at {endpoint}",
        _ => $"the embedded mock cluster at {endpoint}",
    };

    private MockKafkaCluster RequiredCluster()
    {
        RequireEmbedded();
        return Cluster!;
    }
}
