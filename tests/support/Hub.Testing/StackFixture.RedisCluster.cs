namespace Hub.Testing;

// HUB_TEST_REDIS_CLUSTER=1: Redis is a private three-master cluster instead of one redis-server, so every script
// and MULTI of the platform (and of the test apps) runs where keys of different slots cannot be used together.
public sealed partial class StackFixture
{
    public const string RedisClusterVariable = "HUB_TEST_REDIS_CLUSTER";

    /// <summary>True when this run's Redis is the private Redis Cluster.</summary>
    public bool IsRedisCluster => redisCluster is not null;

    public static bool ParseRedisCluster(string? value) =>
        string.IsNullOrWhiteSpace(value) ? false
        : value.Trim() is "1" or "true" or "yes" ? true
        : value.Trim() is "0" or "false" or "no" ? false
        : throw new InvalidOperationException($"{RedisClusterVariable}='{value}' is none of 1, true, yes, 0, false, no.");

    private static bool IsRedisClusterRequested() => ParseRedisCluster(Environment.GetEnvironmentVariable(RedisClusterVariable));
}
