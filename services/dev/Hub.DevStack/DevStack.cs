using Hub.Topics;

namespace Hub.DevStack;

/// <summary>
/// Kafka (the embedded mock cluster, or a configured real cluster) with the declared topics, plus Redis (a private
/// redis-server, or a configured one). Only this type and the dev host know the mock exists.
/// </summary>
public sealed class DevStack : IAsyncDisposable
{
    private readonly DateTimeOffset startedAt;
    private int disposed;

    private DevStack(TopicCatalog catalog, MockKafkaCluster? cluster, string bootstrapServers, RedisServerProcess? redis, string redisEndpoint, DateTimeOffset startedAt)
    {
        Catalog = catalog;
        Cluster = cluster;
        BootstrapServers = bootstrapServers;
        Redis = redis;
        RedisEndpoint = redisEndpoint;
        this.startedAt = startedAt;
    }

    public TopicCatalog Catalog { get; }

    /// <summary>The mock cluster, or null when a real cluster is configured.</summary>
    public MockKafkaCluster? Cluster { get; }

    public string BootstrapServers { get; }

    /// <summary>The private redis-server, or null when an existing Redis is configured.</summary>
    public RedisServerProcess? Redis { get; }

    public string RedisEndpoint { get; }

    public bool IsEmbedded => Cluster is not null;

    public static async Task<DevStack> StartAsync(DevStackOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        MockKafkaCluster? cluster = null;
        RedisServerProcess? redis = null;
        try
        {
            string bootstrap;
            if (string.IsNullOrWhiteSpace(options.ExternalBootstrapServers))
            {
                cluster = MockKafkaCluster.Start(options.Brokers, options.Topics);
                bootstrap = cluster.BootstrapServers;
            }
            else
            {
                bootstrap = options.ExternalBootstrapServers;
                using var provisioner = new KafkaTopicProvisioner(bootstrap) { CapReplicationToBrokerCount = true };
                await provisioner.EnsureTopicsAsync(options.Topics.Topics, cancellationToken);
            }

            string redisEndpoint;
            if (string.IsNullOrWhiteSpace(options.ExternalRedis))
            {
                redis = await RedisServerProcess.StartNewAsync(options.RedisExecutable, timeProvider: options.TimeProvider, cancellationToken: cancellationToken);
                redisEndpoint = redis.Endpoint;
            }
            else
            {
                redisEndpoint = options.ExternalRedis;
            }

            return new DevStack(options.Topics, cluster, bootstrap, redis, redisEndpoint, options.TimeProvider.GetUtcNow());
        }
        catch
        {
            if (redis is not null)
            {
                await redis.DisposeAsync();
            }

            cluster?.Dispose();
            throw;
        }
    }

    /// <summary>Creates a topic on whichever cluster is in use.</summary>
    public async Task<bool> CreateTopicAsync(string name, int partitions, CancellationToken cancellationToken = default)
    {
        if (Cluster is not null)
        {
            return Cluster.CreateTopic(name, partitions);
        }

        using var provisioner = new KafkaTopicProvisioner(BootstrapServers) { CapReplicationToBrokerCount = true };
        var created = await provisioner.EnsureTopicAsync(name, partitions, cancellationToken: cancellationToken);
        return created.Count > 0;
    }

    public DevStackState Describe(Uri? controlUrl) => new()
    {
        BootstrapServers = BootstrapServers,
        RedisEndpoint = RedisEndpoint,
        Pid = Environment.ProcessId,
        ControlUrl = controlUrl,
        Embedded = IsEmbedded,
        TopicsFile = Catalog.Source,
        StartedAt = startedAt,
    };

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }

        Cluster?.Dispose();
    }
}
