using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Confluent.Kafka;
using Hub.Testing;

namespace Hub.DevStack.IntegrationTests;

public sealed class DevHostProcessTests(StackFixture stack)
{
    [Fact]
    public async Task DevHost_StartedAsProcess_ServesControlApiAndCleansUpOnSigterm()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "SIGTERM is a Unix signal");
        var ct = TestContext.Current.CancellationToken;
        await using var host = DevHostProcess.Start();

        var state = await host.WaitForStateAsync();
        state.Embedded.Should().BeTrue();
        state.Pid.Should().Be(host.Process.Id);
        state.BootstrapServers.Split(',').Should().HaveCount(3);
        state.ControlUrl.Should().NotBeNull();
        state.ControlUrl!.Host.Should().Be("127.0.0.1");
        using var http = new HttpClient { BaseAddress = state.ControlUrl };
        (await http.GetAsync("/health", ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await http.PostAsync("/faults/brokers/2/down", null, ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await http.PostAsync("/faults/brokers/2/up", null, ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await http.PostAsync("/faults/brokers/7/down", null, ct)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await http.PostAsync("/faults/brokers/1/rtt?ms=5", null, ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await http.PostAsJsonAsync("/faults/request-errors", new { apiKey = "Produce", errors = new object[] { "NotLeaderForPartition", 6 } }, ct))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await http.PostAsync("/faults/clear", null, ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var topic = stack.UniqueName("devhost.created");
        (await http.PostAsJsonAsync("/topics", new { name = topic, partitions = 5 }, ct)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await http.PostAsJsonAsync("/topics", new { name = "not legal!", partitions = 1 }, ct)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        PartitionCount(state.BootstrapServers, topic).Should().Be(5);
        PartitionCount(state.BootstrapServers, "canonical.payment.received").Should().Be(6);

        host.Terminate();

        await host.Process.WaitForExitAsync(ct).WaitAsync(TimeSpan.FromSeconds(30), ct);
        host.Process.ExitCode.Should().Be(0, host.Output);
        File.Exists(host.StateFile).Should().BeFalse();
        (await AcceptsConnectionsAsync(state.RedisEndpoint)).Should().BeFalse("the dev host stops its Redis");
    }

    [Fact]
    public async Task DevHost_RealClusterConfigured_CreatesDeclaredTopicsThere()
    {
        // The mock cluster has no CreateTopics, so this path needs HUB_TEST_KAFKA or a Docker engine.
        Assert.SkipWhen(stack.IsEmbedded, "needs a real Kafka cluster (HUB_TEST_KAFKA or Docker); the mock has no CreateTopics");
        await using var host = DevHostProcess.Start(new Dictionary<string, string> { ["Kafka__BootstrapServers"] = stack.BootstrapServers });

        var state = await host.WaitForStateAsync();

        state.Embedded.Should().BeFalse();
        state.BootstrapServers.Should().Be(stack.BootstrapServers);
        PartitionCount(stack.BootstrapServers, "hub.control").Should().Be(3);
        using var http = new HttpClient { BaseAddress = state.ControlUrl };
        (await http.PostAsync("/faults/brokers/1/down", null, TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    private static int PartitionCount(string bootstrapServers, string topic)
    {
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = bootstrapServers }).Build();
        return admin.GetMetadata(topic, TimeSpan.FromSeconds(10)).Topics.Single().Partitions.Count;
    }

    private static async Task<bool> AcceptsConnectionsAsync(string endpoint)
    {
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
