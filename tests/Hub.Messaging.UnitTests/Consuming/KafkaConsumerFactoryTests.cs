using Confluent.Kafka;
using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.Kafka.Consuming;

namespace Hub.Messaging.UnitTests.Consuming;

public sealed class KafkaConsumerFactoryTests
{
    [Fact]
    public void BuildConfig_NothingConfigured_PipelineDefaults()
    {
        var options = new KafkaOptions { BootstrapServers = "broker-1:9092", ServiceName = "crm-connector" };

        var config = KafkaConsumerFactory.BuildConfig(options, "crm.orders");

        config.BootstrapServers.Should().Be("broker-1:9092");
        config.GroupId.Should().Be("crm.orders");
        config.ClientId.Should().Be("crm-connector-crm.orders");
        config.EnableAutoOffsetStore.Should().BeFalse("offsets are stored only after Redis recorded the work");
        config.EnableAutoCommit.Should().BeTrue();
        config.AutoCommitIntervalMs.Should().Be(1000);
        config.AutoOffsetReset.Should().Be(AutoOffsetReset.Earliest);
        config.GroupProtocol.Should().Be(GroupProtocol.Consumer);
        config.PartitionAssignmentStrategy.Should().BeNull("the KIP-848 protocol assigns on the broker");
    }

    [Fact]
    public void BuildConfig_ExplicitConsumerSettings_Win()
    {
        var options = new KafkaOptions
        {
            BootstrapServers = "broker-1:9092",
            Consumer = new ConsumerConfig
            {
                BootstrapServers = "other:9093",
                ClientId = "custom",
                AutoOffsetReset = AutoOffsetReset.Latest,
                EnableAutoCommit = false,
                AutoCommitIntervalMs = 5000,
            },
        };

        var config = KafkaConsumerFactory.BuildConfig(options, "g");

        config.BootstrapServers.Should().Be("other:9093");
        config.ClientId.Should().Be("custom");
        config.AutoOffsetReset.Should().Be(AutoOffsetReset.Latest);
        config.EnableAutoCommit.Should().BeFalse();
        config.AutoCommitIntervalMs.Should().Be(5000);
    }

    [Fact]
    public void BuildConfig_ClassicProtocol_CooperativeSticky()
    {
        var options = new KafkaOptions { BootstrapServers = "b:9092", Consumer = new ConsumerConfig { GroupProtocol = GroupProtocol.Classic } };

        var config = KafkaConsumerFactory.BuildConfig(options, "g");

        config.GroupProtocol.Should().Be(GroupProtocol.Classic);
        config.PartitionAssignmentStrategy.Should().Be(PartitionAssignmentStrategy.CooperativeSticky);
    }

    [Fact]
    public void BuildConfig_ClassicProtocolWithExplicitStrategy_StrategyKept()
    {
        var options = new KafkaOptions
        {
            BootstrapServers = "b:9092",
            Consumer = new ConsumerConfig { GroupProtocol = GroupProtocol.Classic, PartitionAssignmentStrategy = PartitionAssignmentStrategy.RoundRobin },
        };

        KafkaConsumerFactory.BuildConfig(options, "g").PartitionAssignmentStrategy.Should().Be(PartitionAssignmentStrategy.RoundRobin);
    }

    [Fact]
    public void BuildConfig_OptionsNameAnotherGroupOrAutoStore_SubscriptionInvariantsWin()
    {
        var options = new KafkaOptions
        {
            BootstrapServers = "b:9092",
            Consumer = new ConsumerConfig { GroupId = "shared-group", EnableAutoOffsetStore = true },
        };

        var config = KafkaConsumerFactory.BuildConfig(options, "billing.orders");

        config.GroupId.Should().Be("billing.orders");
        config.EnableAutoOffsetStore.Should().BeFalse();
    }

    [Fact]
    public void BuildConfig_TwoGroups_IndependentConfigs()
    {
        var options = new KafkaOptions { BootstrapServers = "b:9092", ServiceName = "svc" };

        var main = KafkaConsumerFactory.BuildConfig(options, "g");
        var retry = KafkaConsumerFactory.BuildConfig(options, "g.retry");

        main.GroupId.Should().Be("g");
        retry.GroupId.Should().Be("g.retry");
        retry.ClientId.Should().Be("svc-g.retry");
        options.Consumer.Should().BeEmpty("building a config must not write into the shared options");
    }
}
