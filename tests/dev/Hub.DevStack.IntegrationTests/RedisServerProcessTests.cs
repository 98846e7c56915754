using StackExchange.Redis;

namespace Hub.DevStack.IntegrationTests;

public sealed class RedisServerProcessTests
{
    [Fact]
    public async Task StartNew_FreshServer_AnswersOnLoopbackWithAppendOnlyFile()
    {
        await using var redis = await RedisServerProcess.StartNewAsync(cancellationToken: TestContext.Current.CancellationToken);

        redis.IsRunning.Should().BeTrue();
        redis.Endpoint.Should().StartWith("127.0.0.1:");
        await using var connection = await ConnectionMultiplexer.ConnectAsync($"{redis.Endpoint},allowAdmin=true");
        var server = connection.GetServer(redis.Endpoint);
        (await server.ConfigGetAsync("appendonly")).Should().ContainSingle().Which.Value.Should().Be("yes");
        (await server.ConfigGetAsync("bind")).Should().ContainSingle().Which.Value.Should().Be("127.0.0.1");
        (await server.ConfigGetAsync("protected-mode")).Should().ContainSingle().Which.Value.Should().Be("yes");
    }

    [Fact]
    public async Task StopThenStart_SamePortAndDirectory_KeepsData()
    {
        await using var redis = await RedisServerProcess.StartNewAsync(cancellationToken: TestContext.Current.CancellationToken);
        var port = redis.Port;
        await using (var connection = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint))
        {
            await connection.GetDatabase().StringSetAsync("k", "v");
        }

        await redis.StopAsync(TestContext.Current.CancellationToken);
        redis.IsRunning.Should().BeFalse();
        await redis.StartAsync(TestContext.Current.CancellationToken);

        redis.Port.Should().Be(port);
        await using var again = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint);
        (await again.GetDatabase().StringGetAsync("k")).ToString().Should().Be("v");
    }

    [Fact]
    public async Task Dispose_RunningServer_KillsProcessAndDeletesDirectory()
    {
        var redis = await RedisServerProcess.StartNewAsync(cancellationToken: TestContext.Current.CancellationToken);
        var pid = redis.ProcessId!.Value;

        await redis.DisposeAsync();
        await redis.DisposeAsync();

        Directory.Exists(redis.DataDirectory).Should().BeFalse();
        var act = () => System.Diagnostics.Process.GetProcessById(pid);
        act.Should().Throw<ArgumentException>("the process is gone");
    }

    [Fact]
    public async Task StartNew_MissingExecutable_FailsWithInstallHint()
    {
        var act = () => RedisServerProcess.StartNewAsync("/nonexistent/redis-server", cancellationToken: TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<FileNotFoundException>()).WithMessage("*apt-get install -y redis-server*");
    }
}
