using Confluent.Kafka;
using Hub.Testing;

namespace Hub.DevStack.IntegrationTests;

public sealed class MockKafkaClusterTests(StackFixture stack)
{
    [Fact]
    public void Start_ContractsCatalog_DeclaredTopicsHaveDeclaredPartitionCounts()
    {
        stack.RequireEmbedded();
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = stack.BootstrapServers }).Build();

        var metadata = admin.GetMetadata(TimeSpan.FromSeconds(10));

        metadata.Brokers.Should().HaveCount(3);
        var partitions = metadata.Topics.ToDictionary(t => t.Topic, t => t.Partitions.Count);
        stack.Topics.Topics.Should().HaveCountGreaterThanOrEqualTo(12);
        foreach (var topic in stack.Topics.Topics)
        {
            partitions.Should().ContainKey(topic.Name).WhoseValue.Should().Be(topic.Partitions, "{0} is declared so", topic.Name);
        }

        partitions["_schemas"].Should().Be(1);
        partitions["canonical.order.placed"].Should().Be(6);
    }

    [Fact]
    public async Task ProduceConsume_RunsGroupProtocol_RoundTripsMessage()
    {
        var topic = stack.UniqueName("devstack.roundtrip");
        await stack.CreateTopicAsync(topic, 3);
        using var producer = new ProducerBuilder<string, string>(stack.ProducerConfig()).Build();

        var delivery = await producer.ProduceAsync(topic, new Message<string, string> { Key = "customer-1", Value = "hello" }, TestContext.Current.CancellationToken);

        delivery.Status.Should().Be(PersistenceStatus.Persisted);
        using var consumer = new ConsumerBuilder<string, string>(stack.ConsumerConfig(stack.UniqueName("devstack.group"))).Build();
        consumer.Subscribe(topic);
        ConsumeResult<string, string>? received = null;
        await Eventually.UntilAsync(() => (received = consumer.Consume(TimeSpan.FromMilliseconds(200))) is not null, "the produced message to be consumed", cancellationToken: TestContext.Current.CancellationToken);
        received!.Message.Key.Should().Be("customer-1");
        received.Message.Value.Should().Be("hello");
        received.TopicPartitionOffset.Should().Be(delivery.TopicPartitionOffset);
        consumer.Close();
    }

    [Fact]
    public void CreateTopic_SameNameTwice_SecondCallReportsExisting()
    {
        using var cluster = MockKafkaCluster.Start(brokerCount: 1);
        var name = stack.UniqueName("devstack.twice");

        cluster.CreateTopic(name, 2).Should().BeTrue();
        cluster.CreateTopic(name, 2).Should().BeFalse();
    }

    [Fact]
    public void Start_TwoBrokers_BootstrapListsBothLoopbackPorts()
    {
        using var cluster = MockKafkaCluster.Start(brokerCount: 2);

        var servers = cluster.BootstrapServers.Split(',');

        servers.Should().HaveCount(2).And.OnlyContain(s => s.StartsWith("127.0.0.1:", StringComparison.Ordinal));
        cluster.BrokerIds.Should().Equal(1, 2);
    }

    [Fact]
    public async Task Dispose_CalledTwice_IsHarmlessAndLaterCallsThrow()
    {
        var cluster = MockKafkaCluster.Start(brokerCount: 1);

        await cluster.DisposeAsync();
        await cluster.DisposeAsync();

        var act = () => cluster.SetBrokerDown(1);
        act.Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public void SetBrokerDown_UnknownBroker_Throws()
    {
        using var cluster = MockKafkaCluster.Start(brokerCount: 3);

        var act = () => cluster.SetBrokerDown(4);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
