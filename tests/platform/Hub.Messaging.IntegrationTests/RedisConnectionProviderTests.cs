using System.Diagnostics;
using Hub.DevStack;
using Hub.Messaging.Processing;
using Hub.Messaging.Redis;
using Hub.Testing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Hub.Messaging.IntegrationTests;

/// <summary>The one multiplexer per process: made once, whether Redis is up or not, and never made again by callers.</summary>
public sealed class RedisConnectionProviderTests(StackFixture stack)
{
    [Fact]
    public async Task GetAsync_RedisDownAtStartUp_ReturnsOneMultiplexerWithinTheConnectTimeoutAndStoreCallsSayRedisIsUnreachable()
    {
        var options = Options.Create(new RedisOptions { Configuration = $"127.0.0.1:{FreePort.Next()},connectTimeout=1000,asyncTimeout=1000", KeyPrefix = $"down-{Guid.NewGuid():N}" });
        await using var connections = new RedisConnectionProvider(options);
        var clock = Stopwatch.StartNew();

        var first = await connections.GetAsync();
        var elapsed = clock.Elapsed;
        var again = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => connections.GetAsync()));
        var store = new RedisProcessingStore(connections, options, TimeProvider.System);
        var lookup = () => store.GetCheckpointAsync("group", new PartitionRef("orders", 0), TestContext.Current.CancellationToken);
        var readiness = await new RedisReadinessCheck(connections, options).CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        first.IsConnected.Should().BeFalse();
        elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "a Redis that is down must not hold the start-up beyond the connect timeout");
        again.Should().OnlyContain(m => ReferenceEquals(m, first), "callers share the one multiplexer instead of connecting again");
        connections.Connect().Should().BeSameAs(first);
        await lookup.Should().ThrowAsync<ProcessingStoreUnavailableException>();
        readiness.Status.Should().Be(HealthStatus.Unhealthy);
        readiness.Description.Should().Contain("is unreachable");
    }

    [Fact]
    public async Task ReadinessCheck_RedisUp_IsHealthy()
    {
        var options = Options.Create(new RedisOptions { Configuration = stack.RedisConfiguration });
        await using var connections = new RedisConnectionProvider(options);
        await connections.GetAsync();

        (await new RedisReadinessCheck(connections, options).CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken)).Status.Should().Be(HealthStatus.Healthy);
    }
}
