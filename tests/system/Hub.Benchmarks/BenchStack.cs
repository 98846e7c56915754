using Hub.DevStack;

namespace Hub.Benchmarks;

/// <summary>The embedded stack the benchmarks run on: the mock cluster and a private redis-server.</summary>
public sealed class BenchStack : IAsyncDisposable
{
    private BenchStack(MockKafkaCluster cluster, RedisServerProcess redis)
    {
        Cluster = cluster;
        Redis = redis;
    }

    public MockKafkaCluster Cluster { get; }

    public RedisServerProcess Redis { get; }

    public static async Task<BenchStack> StartAsync() =>
        new(MockKafkaCluster.Start(MockKafkaCluster.DefaultBrokerCount), await RedisServerProcess.StartNewAsync());

    public async ValueTask DisposeAsync()
    {
        await Redis.DisposeAsync();
        await Cluster.DisposeAsync();
    }
}
