using Confluent.Kafka;
using Hub.Cli.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Hub.Cli.UnitTests;

public sealed class GroupProtocolStatusTests
{
    [Fact]
    public async Task ResolveAsync_ClassicConfigured_ClassicWithTheSettingAsReason()
    {
        var settings = Settings(new() { ["Kafka:GroupProtocol"] = "classic" });

        var choice = await GroupProtocolStatus.ResolveAsync(settings, TestContext.Current.CancellationToken);

        choice.Protocol.Should().Be(GroupProtocol.Classic);
        choice.Reason.Should().Be("Kafka:GroupProtocol is classic");
    }

    [Fact]
    public async Task ResolveAsync_AutoWithSasl_ClassicSayingWhy()
    {
        var settings = Settings(new() { ["Kafka:Consumer:SecurityProtocol"] = "SaslSsl" });

        var choice = await GroupProtocolStatus.ResolveAsync(settings, TestContext.Current.CancellationToken);

        choice.Protocol.Should().Be(GroupProtocol.Classic);
        choice.Explicit.Should().BeFalse();
        choice.Reason.Should().Contain("SASL");
    }

    private static ConnectionSettings Settings(Dictionary<string, string?> values) => new()
    {
        BootstrapServers = "kafka.invalid:9092",
        Configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build(),
    };
}
