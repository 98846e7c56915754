using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.Kafka.GroupProtocols;
using Hub.Messaging.Kafka.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Hub.Messaging.UnitTests.Health;

public sealed class KafkaGroupReadinessCheckTests
{
    private readonly GroupMembershipHealth _membership = new();
    private readonly GroupProtocolProvider _protocols = new(Options.Create(new KafkaOptions { GroupProtocol = GroupProtocolMode.Classic }), NullLoggerFactory.Instance);

    [Fact]
    public async Task CheckHealthAsync_ProtocolChosen_HealthyShowingIt()
    {
        await _protocols.GetAsync(TestContext.Current.CancellationToken);

        var result = await CheckAsync();

        result.Status.Should().Be(HealthStatus.Healthy);
        result.Description.Should().Contain("classic");
        result.Data["groupProtocol"].Should().Be("classic");
        result.Data["groupProtocolReason"].Should().Be("Kafka:GroupProtocol is classic");
    }

    [Fact]
    public async Task CheckHealthAsync_GroupNotJoined_UnhealthyWithReason()
    {
        _membership.Failed("orders", "has not joined its group for 50s");

        var result = await CheckAsync();

        result.Status.Should().Be(HealthStatus.Unhealthy);
        result.Description.Should().Be("orders: has not joined its group for 50s");
    }

    private Task<HealthCheckResult> CheckAsync() =>
        new KafkaGroupReadinessCheck(_membership, _protocols).CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);
}
