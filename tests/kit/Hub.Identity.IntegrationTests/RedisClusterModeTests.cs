using Hub.Testing;
using StackExchange.Redis;

namespace Hub.Identity.IntegrationTests;

/// <summary>
/// Proves a HUB_TEST_REDIS_CLUSTER=1 run really is on a three-master cluster that refuses keys of different slots,
/// so the identity scripts passing there means their keys share a hash tag.
/// </summary>
public class RedisClusterModeTests(StackFixture stack)
{
    [Fact]
    public async Task ClusterRun_ThreeMastersThatRefuseCrossSlotScripts()
    {
        if (!stack.IsRedisCluster)
        {
            Assert.Skip($"runs only against the private Redis Cluster ({StackFixture.RedisClusterVariable}=1)");
        }

        await using var redis = await ConnectionMultiplexer.ConnectAsync(stack.RedisConfiguration);
        var masters = redis.GetServers().Where(s => !s.IsReplica).ToList();
        masters.Should().HaveCount(3).And.OnlyContain(s => s.ServerType == ServerType.Cluster && s.EndPoint.ToString()!.StartsWith("127.0.0.1:", StringComparison.Ordinal));
        var db = redis.GetDatabase();
        RedisKey[] crossSlot = [$"cluster-check:{Guid.NewGuid():N}:a", $"cluster-check:{Guid.NewGuid():N}:b"];
        redis.HashSlot(crossSlot[0]).Should().NotBe(redis.HashSlot(crossSlot[1]), "the check needs two slots (a 1 in 16384 clash would make it vacuous)");

        var refused = async () => await db.ScriptEvaluateAsync("redis.call('SET', KEYS[1], '1'); return redis.call('SET', KEYS[2], '1')", crossSlot);

        (await refused.Should().ThrowAsync<Exception>()).Which.Message.Should().MatchRegex("(?i)slot");
        RedisKey[] tagged = [$"cluster-check:{{{Guid.NewGuid():N}}}:a", "x"];
        tagged[1] = tagged[0].ToString().Replace(":a", ":b", StringComparison.Ordinal);
        (await db.ScriptEvaluateAsync("redis.call('SET', KEYS[1], '1'); return redis.call('SET', KEYS[2], '1')", tagged)).ToString().Should().Be("OK");
    }
}
