using Confluent.Kafka;
using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.Kafka.GroupProtocols;
using Microsoft.Extensions.Configuration;

namespace Hub.Messaging.UnitTests.GroupProtocols;

public sealed class GroupProtocolResolverTests
{
    private static readonly ApiVersionRange Heartbeat = new(68, 0, 1);
    private static readonly ApiVersionRange Fetch = new(1, 4, 17);

    [Theory]
    [InlineData(null, GroupProtocolMode.Auto)]
    [InlineData("auto", GroupProtocolMode.Auto)]
    [InlineData("consumer", GroupProtocolMode.Consumer)]
    [InlineData("Classic", GroupProtocolMode.Classic)]
    public void Bind_GroupProtocolSetting_ParsedCaseInsensitively(string? value, GroupProtocolMode expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Kafka:GroupProtocol"] = value }).Build();

        var options = configuration.GetSection(KafkaOptions.SectionName).Get<KafkaOptions>() ?? new KafkaOptions();

        options.GroupProtocol.Should().Be(expected);
    }

    [Fact]
    public void FromSettings_Auto_LeftToTheBrokers()
    {
        GroupProtocolResolver.FromSettings(new KafkaOptions()).Should().BeNull();
    }

    [Theory]
    [InlineData(GroupProtocolMode.Consumer, GroupProtocol.Consumer)]
    [InlineData(GroupProtocolMode.Classic, GroupProtocol.Classic)]
    public void FromSettings_ExplicitMode_Obeyed(GroupProtocolMode mode, GroupProtocol expected)
    {
        var choice = GroupProtocolResolver.FromSettings(new KafkaOptions { GroupProtocol = mode });

        choice!.Protocol.Should().Be(expected);
        choice.Explicit.Should().BeTrue();
        choice.Reason.Should().Contain("Kafka:GroupProtocol");
    }

    [Fact]
    public void FromSettings_LibrdkafkaSettingAndMode_LibrdkafkaSettingWins()
    {
        var options = new KafkaOptions { GroupProtocol = GroupProtocolMode.Consumer, Consumer = new ConsumerConfig { GroupProtocol = GroupProtocol.Classic } };

        var choice = GroupProtocolResolver.FromSettings(options);

        choice!.Protocol.Should().Be(GroupProtocol.Classic);
        choice.Reason.Should().Contain("Kafka:Consumer:GroupProtocol");
    }

    [Fact]
    public void Decide_EveryBrokerServesHeartbeat_Consumer()
    {
        var choice = GroupProtocolResolver.Decide([new BrokerApis("1", [Fetch, Heartbeat]), new BrokerApis("2", [Heartbeat])]);

        choice.Protocol.Should().Be(GroupProtocol.Consumer);
        choice.Explicit.Should().BeFalse();
    }

    [Fact]
    public void Decide_OneBrokerWithoutHeartbeat_ClassicNamingIt()
    {
        var choice = GroupProtocolResolver.Decide([new BrokerApis("1", [Fetch, Heartbeat]), new BrokerApis("2 (kafka-2:9092)", [Fetch])]);

        choice.Protocol.Should().Be(GroupProtocol.Classic);
        choice.Reason.Should().Contain("2 (kafka-2:9092)");
    }

    [Fact]
    public void Decide_NoBrokers_Classic()
    {
        GroupProtocolResolver.Decide([]).Protocol.Should().Be(GroupProtocol.Classic);
    }

    [Fact]
    public async Task ResolveAsync_Sasl_ClassicWithoutAskingTheBrokers()
    {
        var options = new KafkaOptions { BootstrapServers = "unreachable.invalid:9092", Consumer = new ConsumerConfig { SecurityProtocol = SecurityProtocol.SaslSsl } };

        var choice = await GroupProtocolResolver.ResolveAsync(options, cancellationToken: TestContext.Current.CancellationToken);

        choice.Protocol.Should().Be(GroupProtocol.Classic);
        choice.Reason.Should().Contain("SASL");
    }
}
