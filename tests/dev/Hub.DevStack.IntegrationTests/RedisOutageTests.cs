using System.Net.Sockets;
using Hub.Testing;
using StackExchange.Redis;

namespace Hub.DevStack.IntegrationTests;

[Collection(FaultInjectionCollection.Name)]
public sealed class RedisOutageTests(StackFixture stack)
{
    [Fact]
    public async Task StopRedisThenStart_KeyWrittenBefore_IsStillThere()
    {
        var key = stack.UniqueName("devstack.outage.key");
        await using (var before = await ConnectionMultiplexer.ConnectAsync(stack.RedisConfiguration))
        {
            await before.GetDatabase().StringSetAsync(key, "kept");
        }

        await stack.StopRedisAsync();
        try
        {
            (await AcceptsConnectionsAsync()).Should().BeFalse("Redis was stopped");
        }
        finally
        {
            await stack.StartRedisAsync();
        }

        await using var after = await ConnectionMultiplexer.ConnectAsync(stack.RedisConfiguration);
        (await after.GetDatabase().StringGetAsync(key)).ToString().Should().Be("kept");
    }

    private async Task<bool> AcceptsConnectionsAsync()
    {
        var endpoint = stack.RedisConfiguration.Split(',')[0];
        var separator = endpoint.LastIndexOf(':');
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(endpoint[..separator], int.Parse(endpoint[(separator + 1)..], System.Globalization.CultureInfo.InvariantCulture));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
