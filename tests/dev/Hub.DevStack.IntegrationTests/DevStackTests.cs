using Hub.Testing;
using Hub.Topics;

namespace Hub.DevStack.IntegrationTests;

public sealed class DevStackTests(StackFixture stack)
{
    [Fact]
    public async Task StartAsync_EmbeddedDefaults_StartsMockClusterAndRedisAndDisposesBoth()
    {
        var catalog = TopicCatalog.FromDeclarations([new TopicDeclaration { Name = stack.UniqueName("devstack.declared"), Partitions = 2, ReplicationFactor = 3 }]);
        var dev = await DevStack.StartAsync(new DevStackOptions { Brokers = 1, Topics = catalog }, TestContext.Current.CancellationToken);
        var redis = dev.Redis!;

        dev.IsEmbedded.Should().BeTrue();
        dev.Cluster!.CreateTopic(catalog.Topics[0].Name, 2).Should().BeFalse("the declared topic was created at start");
        redis.IsRunning.Should().BeTrue();
        var state = dev.Describe(new Uri("http://127.0.0.1:1234"));
        state.BootstrapServers.Should().Be(dev.BootstrapServers);
        state.RedisEndpoint.Should().Be(redis.Endpoint);
        state.Pid.Should().Be(Environment.ProcessId);

        await dev.DisposeAsync();
        await dev.DisposeAsync();

        redis.IsRunning.Should().BeFalse();
        Directory.Exists(redis.DataDirectory).Should().BeFalse();
    }

    [Fact]
    public async Task StateFile_WriteThenRead_RoundTrips()
    {
        var dir = Directory.CreateTempSubdirectory("hub-state-").FullName;
        try
        {
            var path = Path.Combine(dir, "nested", DevStackStateFile.FileName);
            var state = new DevStackState
            {
                BootstrapServers = "127.0.0.1:1,127.0.0.1:2",
                RedisEndpoint = "127.0.0.1:3",
                Pid = 42,
                ControlUrl = new Uri("http://127.0.0.1:4"),
                Embedded = true,
                StartedAt = TimeProvider.System.GetUtcNow(),
            };

            await DevStackStateFile.WriteAsync(path, state, TestContext.Current.CancellationToken);

            (await DevStackStateFile.ReadAsync(path, TestContext.Current.CancellationToken)).Should().Be(state);
            DevStackStateFile.Delete(path);
            (await DevStackStateFile.ReadAsync(path, TestContext.Current.CancellationToken)).Should().BeNull();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
