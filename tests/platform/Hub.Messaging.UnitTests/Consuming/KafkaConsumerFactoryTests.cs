using Confluent.Kafka;
using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.Kafka.Consuming;
using Hub.Messaging.Kafka.GroupProtocols;

namespace Hub.Messaging.UnitTests.Consuming;

public sealed class KafkaConsumerFactoryTests
{
    private static readonly GroupProtocolChoice Kip848 = new(GroupProtocol.Consumer, "test", Explicit: false);
    private static readonly GroupProtocolChoice Classic = new(GroupProtocol.Classic, "test", Explicit: false);

    [Fact]
    public void BuildConfig_NothingConfigured_PipelineDefaults()
    {
        var options = new KafkaOptions { BootstrapServers = "broker-1:9092", ServiceName = "crm-connector" };

        var config = KafkaConsumerFactory.BuildConfig(options, "crm.orders", Kip848);

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

        var config = KafkaConsumerFactory.BuildConfig(options, "g", Kip848);

        config.BootstrapServers.Should().Be("other:9093");
        config.ClientId.Should().Be("custom");
        config.AutoOffsetReset.Should().Be(AutoOffsetReset.Latest);
        config.EnableAutoCommit.Should().BeFalse();
        config.AutoCommitIntervalMs.Should().Be(5000);
    }

    [Fact]
    public void BuildConfig_ClassicProtocol_CooperativeSticky()
    {
        var options = new KafkaOptions { BootstrapServers = "b:9092" };

        var config = KafkaConsumerFactory.BuildConfig(options, "g", Classic);

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

        KafkaConsumerFactory.BuildConfig(options, "g", Classic).PartitionAssignmentStrategy.Should().Be(PartitionAssignmentStrategy.RoundRobin);
    }

    [Fact]
    public void BuildConfig_OptionsNameAnotherGroupOrAutoStore_SubscriptionInvariantsWin()
    {
        var options = new KafkaOptions
        {
            BootstrapServers = "b:9092",
            Consumer = new ConsumerConfig { GroupId = "shared-group", EnableAutoOffsetStore = true },
        };

        var config = KafkaConsumerFactory.BuildConfig(options, "billing.orders", Kip848);

        config.GroupId.Should().Be("billing.orders");
        config.EnableAutoOffsetStore.Should().BeFalse();
    }

    [Fact]
    public void BuildConfig_TwoGroups_IndependentConfigs()
    {
        var options = new KafkaOptions { BootstrapServers = "b:9092", ServiceName = "svc" };

        var main = KafkaConsumerFactory.BuildConfig(options, "g", Kip848);
        var retry = KafkaConsumerFactory.BuildConfig(options, "g.retry", Kip848);

        main.GroupId.Should().Be("g");
        retry.GroupId.Should().Be("g.retry");
        retry.ClientId.Should().Be("svc-g.retry");
        options.Consumer.Should().BeEmpty("building a config must not write into the shared options");
    }

    [Fact]
    public void BuildConfig_ChoiceConsumerWithClassicTuning_ClassicOnlySettingsDropped()
    {
        var options = new KafkaOptions
        {
            BootstrapServers = "b:9092",
            Consumer = new ConsumerConfig { SessionTimeoutMs = 6000, HeartbeatIntervalMs = 2000, PartitionAssignmentStrategy = PartitionAssignmentStrategy.Range },
        };

        var config = KafkaConsumerFactory.BuildConfig(options, "g", Kip848);

        config.GroupProtocol.Should().Be(GroupProtocol.Consumer);
        config.SessionTimeoutMs.Should().BeNull("librdkafka refuses session.timeout.ms with group.protocol=consumer");
        config.HeartbeatIntervalMs.Should().BeNull();
        config.PartitionAssignmentStrategy.Should().BeNull();
        options.Consumer.SessionTimeoutMs.Should().Be(6000, "the shared options stay as configured");
    }

    [Fact]
    public void BuildConfig_ChoiceClassicWithClassicTuning_TuningKept()
    {
        var options = new KafkaOptions { BootstrapServers = "b:9092", Consumer = new ConsumerConfig { SessionTimeoutMs = 6000 } };

        var config = KafkaConsumerFactory.BuildConfig(options, "g", Classic);

        config.SessionTimeoutMs.Should().Be(6000);
        config.GroupProtocol.Should().Be(GroupProtocol.Classic);
    }

    [Fact]
    public void BuildConfig_ShortJoinTimeout_StatisticsOftenEnoughToNotice()
    {
        var options = new KafkaOptions { BootstrapServers = "b:9092", GroupJoinTimeout = TimeSpan.FromSeconds(3) };

        KafkaConsumerFactory.BuildConfig(options, "g", Kip848).StatisticsIntervalMs.Should().Be(1000);
        KafkaConsumerFactory.BuildConfig(new KafkaOptions { BootstrapServers = "b:9092" }, "g", Kip848).StatisticsIntervalMs.Should().Be(5000);
    }
}
