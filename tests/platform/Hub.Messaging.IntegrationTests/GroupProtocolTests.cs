using Confluent.Kafka;
using Hub.DevStack;
using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.Kafka.GroupProtocols;
using Hub.Messaging.TestApp;
using Hub.Testing;
using Hub.Testing.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Hub.Messaging.IntegrationTests;

/// <summary>
/// Each test starts its own mock cluster: removing ConsumerGroupHeartbeat (API key 68) makes it answer ApiVersions
/// and refuse KIP-848 joins as Apache Kafka before 4.0 does (checked: the consumer then only rediscovers the
/// coordinator, without an error), while the shared fixture's cluster stays untouched.
/// </summary>
public sealed class GroupProtocolTests(StackFixture stack)
{
    [Fact]
    public async Task ResolveAsync_BrokersWithoutConsumerGroupHeartbeat_Classic()
    {
        using var cluster = MockKafkaCluster.Start();
        cluster.RemoveApi(KafkaApiKey.ConsumerGroupHeartbeat);

        var choice = await GroupProtocolResolver.ResolveAsync(new KafkaOptions { BootstrapServers = cluster.BootstrapServers }, cancellationToken: TestContext.Current.CancellationToken);

        choice.Protocol.Should().Be(GroupProtocol.Classic);
        choice.Reason.Should().Contain("does not serve ConsumerGroupHeartbeat");
        choice.Explicit.Should().BeFalse();
    }

    [Fact]
    public async Task ResolveAsync_EveryBrokerServesConsumerGroupHeartbeat_Consumer()
    {
        using var cluster = MockKafkaCluster.Start();

        var choice = await GroupProtocolResolver.ResolveAsync(new KafkaOptions { BootstrapServers = cluster.BootstrapServers }, cancellationToken: TestContext.Current.CancellationToken);

        choice.Protocol.Should().Be(GroupProtocol.Consumer);
        choice.Reason.Should().Contain("all 3 broker(s)");
    }

    [Fact]
    public async Task ResolveAsync_NothingListening_ClassicWithTheCause()
    {
        var options = new KafkaOptions { BootstrapServers = $"127.0.0.1:{FreePort.Next()}" };

        var choice = await GroupProtocolResolver.ResolveAsync(options, cancellationToken: TestContext.Current.CancellationToken);

        choice.Protocol.Should().Be(GroupProtocol.Classic);
        choice.Reason.Should().Contain("could not be asked");
    }

    [Fact]
    public async Task Subscription_AutoOnBrokersWithoutKip848_ClassicAndEventsHandled()
    {
        using var cluster = MockKafkaCluster.Start();
        cluster.RemoveApi(KafkaApiKey.ConsumerGroupHeartbeat);
        await using var scenario = await Scenario.CreateAsync(stack);
        var settings = OnCluster(cluster, scenario, "auto");
        var publisher = await TestHosts.StartPublisherAsync(scenario, settings);
        var consumer = await TestHosts.StartConsumerAsync(scenario, settings: settings);

        await publisher.PublishAsync(scenario.Topic, Enumerable.Range(0, 10).Select(i => TestEvent.Create($"customer-{i % 3}", i)));

        await scenario.WaitForAppliedAsync(10);
        consumer.Services.GetRequiredService<GroupProtocolProvider>().Current!.Protocol.Should().Be(GroupProtocol.Classic);
        var ready = await ReadyAsync(consumer);
        ready.Entries["kafka-group"].Data["groupProtocol"].Should().Be("classic");
        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }

    [Fact]
    public async Task Subscription_AutoOnBrokersWithKip848_Consumer()
    {
        using var cluster = MockKafkaCluster.Start();
        await using var scenario = await Scenario.CreateAsync(stack);
        var settings = OnCluster(cluster, scenario, "auto");
        var publisher = await TestHosts.StartPublisherAsync(scenario, settings);
        var consumer = await TestHosts.StartConsumerAsync(scenario, settings: settings);

        await publisher.PublishAsync(scenario.Topic, [TestEvent.Create("customer-1", 1)]);

        await scenario.WaitForAppliedAsync(1);
        consumer.Services.GetRequiredService<GroupProtocolProvider>().Current!.Protocol.Should().Be(GroupProtocol.Consumer);
        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }

    [Fact]
    public async Task Readiness_ConsumerForcedOnBrokersWithoutKip848_UnhealthyWithReason()
    {
        using var cluster = MockKafkaCluster.Start();
        cluster.RemoveApi(KafkaApiKey.ConsumerGroupHeartbeat);
        await using var scenario = await Scenario.CreateAsync(stack);
        var settings = OnCluster(cluster, scenario, "consumer");
        settings["Kafka:GroupJoinTimeout"] = "00:00:03";
        var consumer = await TestHosts.StartConsumerAsync(scenario, settings: settings);

        HealthReport? report = null;
        await Eventually.UntilAsync(
            async () => (report = await ReadyAsync(consumer)).Entries["kafka-group"].Status == HealthStatus.Unhealthy,
            "readiness to report the group that cannot be joined",
            TimeSpan.FromSeconds(30),
            cancellationToken: TestContext.Current.CancellationToken);

        report!.Status.Should().Be(HealthStatus.Unhealthy);
        report.Entries["kafka-group"].Description.Should().Contain(scenario.Group).And.Contain("KIP-848");
        await consumer.StopQuietlyAsync();
    }

    [Fact]
    public async Task Subscription_RunsGroupProtocolSetting_HostsUseTheRunsChoice()
    {
        var expected = StackFixture.ParseGroupProtocol(Environment.GetEnvironmentVariable(StackFixture.GroupProtocolVariable));
        await using var scenario = await Scenario.CreateAsync(stack);
        var consumer = await TestHosts.StartConsumerAsync(scenario);
        var publisher = await TestHosts.StartPublisherAsync(scenario);

        await publisher.PublishAsync(scenario.Topic, [TestEvent.Create("customer-1", 1)]);

        await scenario.WaitForAppliedAsync(1);
        stack.GroupProtocolSetting.Should().Be(expected);
        var used = consumer.Services.GetRequiredService<GroupProtocolProvider>().Current!;
        used.Protocol.Should().Be(stack.GroupProtocol.Protocol, "hosts and the fixture's own consumers make the same choice");
        if (expected == GroupProtocolMode.Classic)
        {
            used.Protocol.Should().Be(GroupProtocol.Classic);
        }

        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }

    /// <summary>The scenario's topics on the private cluster, and the settings that point the hosts at it.</summary>
    private static Dictionary<string, string?> OnCluster(MockKafkaCluster cluster, Scenario scenario, string protocol)
    {
        cluster.CreateTopic(scenario.Topic, 3);
        cluster.CreateTopic(scenario.RetryTopic, 3);
        cluster.CreateTopic(scenario.DeadLetterTopic, 1);
        return new Dictionary<string, string?>
        {
            ["Kafka:BootstrapServers"] = cluster.BootstrapServers,
            ["Kafka:GroupProtocol"] = protocol,
            // Classic rebalances on the mock wait for the session timeout.
            ["Kafka:Consumer:SessionTimeoutMs"] = "6000",
        };
    }

    private static Task<HealthReport> ReadyAsync(IHost host) =>
        host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Tags.Contains("ready"), TestContext.Current.CancellationToken);
}
