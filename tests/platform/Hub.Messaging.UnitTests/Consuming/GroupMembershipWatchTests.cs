using Confluent.Kafka;
using Hub.Messaging.Kafka.Consuming;
using Hub.Messaging.Kafka.GroupProtocols;
using Hub.Messaging.Kafka.Health;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Messaging.UnitTests.Consuming;

public sealed class GroupMembershipWatchTests
{
    private const string Waiting = """{"cgrp":{"state":"up","join_state":"init"}}""";
    private const string NoCoordinator = """{"cgrp":{"state":"wait-coord","join_state":"init"}}""";
    private const string Joined = """{"cgrp":{"state":"up","join_state":"steady"}}""";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly GroupMembershipHealth _health = new();

    [Fact]
    public void Statistics_NotJoinedWithinDeadline_StillHealthy()
    {
        var watch = Watch(GroupProtocol.Classic);
        _time.Advance(TimeSpan.FromSeconds(9));

        watch.Statistics(Waiting);

        _health.Failures.Should().BeEmpty();
    }

    [Fact]
    public void Statistics_ConsumerProtocolNotJoinedPastDeadline_FailureWithHint()
    {
        var watch = Watch(GroupProtocol.Consumer);
        _time.Advance(TimeSpan.FromSeconds(11));

        watch.Statistics(Waiting);

        _health.Failures.Should().ContainKey("g").WhoseValue.Should().Contain("join state init").And.Contain("KIP-848");
    }

    [Fact]
    public void Statistics_CoordinatorUnknownPastDeadline_FailureNamesCoordinator()
    {
        var watch = Watch(GroupProtocol.Classic);
        watch.Statistics(Joined);
        watch.Statistics(NoCoordinator);
        _time.Advance(TimeSpan.FromSeconds(11));

        watch.Statistics(NoCoordinator);

        _health.Failures["g"].Should().Contain("coordinator").And.Contain("wait-coord");
    }

    [Fact]
    public void Statistics_JoinedAfterFailure_Cleared()
    {
        var watch = Watch(GroupProtocol.Classic);
        _time.Advance(TimeSpan.FromSeconds(11));
        watch.Statistics(Waiting);

        watch.Statistics(Joined);

        _health.Failures.Should().BeEmpty();
    }

    [Fact]
    public void Error_GroupAuthorizationFailed_FailsAtOnce()
    {
        var watch = Watch(GroupProtocol.Classic);

        watch.Error(new Error(ErrorCode.GroupAuthorizationFailed, "not authorized"));

        _health.Failures["g"].Should().Contain("GroupAuthorizationFailed");
    }

    [Fact]
    public void Error_TransportError_Ignored()
    {
        var watch = Watch(GroupProtocol.Classic);

        watch.Error(new Error(ErrorCode.Local_Transport, "disconnected"));

        _health.Failures.Should().BeEmpty();
    }

    private GroupMembershipWatch Watch(GroupProtocol protocol) =>
        new("g", new GroupProtocolChoice(protocol, "test", Explicit: true), TimeSpan.FromSeconds(10), _health, _time, NullLogger.Instance);
}
