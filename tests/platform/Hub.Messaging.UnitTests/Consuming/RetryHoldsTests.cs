using System.Globalization;
using Confluent.Kafka;
using Hub.Messaging.Kafka.Consuming;
using Hub.Messaging.Kafka.Pipeline;
using Hub.Messaging.UnitTests.Support;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace Hub.Messaging.UnitTests.Consuming;

public sealed class RetryHoldsTests
{
    private const string RetryTopic = "orders-group.retry";
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(1);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 6, 0, 0, TimeSpan.Zero));
    private readonly IConsumer<byte[]?, byte[]?> _consumer = Substitute.For<IConsumer<byte[]?, byte[]?>>();
    private readonly RecoverySignal _recovery;
    private readonly RetryHolds _holds;

    public RetryHoldsTests()
    {
        _recovery = new RecoverySignal(_time, failuresForOutage: 1);
        _holds = new RetryHolds(_recovery, _time, ProbeInterval);
        _consumer.Assignment.Returns([Partition(0), Partition(1)]);
    }

    [Fact]
    public void ResumeDue_BeforeHoldTime_PartitionStaysPaused()
    {
        _holds.Hold(_consumer, Position(0, 5), _time.GetUtcNow().AddSeconds(10));
        _time.Advance(TimeSpan.FromSeconds(9));

        _holds.ResumeDue(_consumer);

        _consumer.Received(1).Pause(Arg.Is<IEnumerable<TopicPartition>>(p => p.Single() == Partition(0)));
        _consumer.Received(1).Seek(Position(0, 5));
        _consumer.DidNotReceiveWithAnyArgs().Resume(default!);
    }

    [Fact]
    public void ResumeDue_HoldTimeReached_PartitionResumed()
    {
        _holds.Hold(_consumer, Position(0, 5), _time.GetUtcNow().AddSeconds(10));
        _time.Advance(TimeSpan.FromSeconds(10));

        _holds.ResumeDue(_consumer);

        ResumedPartitions().Should().Equal(Partition(0));
    }

    [Fact]
    public void ResumeDue_SystemRecoveredAfterHold_AllHeldPartitionsResumedAtOnce()
    {
        _recovery.Failed("e1");
        _holds.Hold(_consumer, Position(0, 5), _time.GetUtcNow().AddMinutes(5));
        _holds.Hold(_consumer, Position(1, 7), _time.GetUtcNow().AddMinutes(8));
        _time.Advance(TimeSpan.FromMilliseconds(500));

        _recovery.Succeeded();
        _holds.ResumeDue(_consumer);

        ResumedPartitions().Should().BeEquivalentTo([Partition(0), Partition(1)]);
    }

    [Fact]
    public void ResumeDue_InOutage_OneProbePerInterval()
    {
        _recovery.Failed("e2");
        _holds.Hold(_consumer, Position(0, 5), _time.GetUtcNow().AddMinutes(8));
        _holds.Hold(_consumer, Position(1, 7), _time.GetUtcNow().AddMinutes(5));
        _holds.ResumeDue(_consumer);
        _time.Advance(ProbeInterval / 2);
        _holds.ResumeDue(_consumer);
        ResumedPartitions().Should().BeEmpty("a probe waits for its interval");

        _time.Advance(ProbeInterval);
        _holds.ResumeDue(_consumer);
        _time.Advance(ProbeInterval);
        _holds.ResumeDue(_consumer);

        ResumedPartitions().Should().Equal([Partition(1)], "one probe at a time, the copy due soonest");
    }

    [Fact]
    public void EndProbe_ProbedCopyHeldForLater_ReturnsItsHoldTimeSoAFailureKeepsItsSchedule()
    {
        _recovery.Failed("e3");
        var until = _time.GetUtcNow().AddMinutes(5);
        _holds.Hold(_consumer, Position(1, 7), until);
        _holds.ResumeDue(_consumer);
        _time.Advance(ProbeInterval);
        _holds.ResumeDue(_consumer);

        _holds.MayTryEarly(Copy(1, 7, failedAt: _time.GetUtcNow())).Should().BeTrue();
        _holds.EndProbe(Partition(1)).Should().Be(until);
        _holds.EndProbe(Partition(1)).Should().BeNull();
    }

    [Fact]
    public void MayTryEarly_CopyFailedBeforeRecovery_True()
    {
        var failedAt = _time.GetUtcNow();
        _recovery.Failed("e4");
        _time.Advance(TimeSpan.FromSeconds(20));
        _recovery.Succeeded();

        _holds.MayTryEarly(Copy(0, 5, failedAt)).Should().BeTrue();
    }

    [Fact]
    public void MayTryEarly_NoRecoverySeen_False()
    {
        _holds.MayTryEarly(Copy(0, 5, _time.GetUtcNow())).Should().BeFalse();
    }

    [Fact]
    public void MayTryEarly_CopyFailedAgainAfterRecovery_False()
    {
        _recovery.Failed("e5");
        _time.Advance(TimeSpan.FromSeconds(20));
        _recovery.Succeeded();
        var copy = Copy(0, 5, _time.GetUtcNow().AddSeconds(-30));
        _time.Advance(TimeSpan.FromSeconds(1));

        _holds.Failed(copy.Result.TopicPartitionOffset);

        _holds.MayTryEarly(copy).Should().BeFalse();
    }

    [Fact]
    public void MayTryEarly_StillInOutage_False()
    {
        var failedAt = _time.GetUtcNow();
        _recovery.Failed("e6");
        _recovery.Succeeded();
        _recovery.Failed("e7");

        _holds.MayTryEarly(Copy(0, 5, failedAt)).Should().BeFalse();
    }

    private static TopicPartition Partition(int partition) => new(RetryTopic, partition);

    private static TopicPartitionOffset Position(int partition, long offset) => new(Partition(partition), offset);

    private static InboundMessage Copy(int partition, long offset, DateTimeOffset failedAt) => KafkaMessages.Inbound(
        RetryTopic,
        partition,
        offset,
        "k",
        [1],
        KafkaMessages.Headers((EventHeaders.LastFailureAt, failedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture))));

    private List<TopicPartition> ResumedPartitions() => _consumer.ReceivedCalls()
        .Where(c => c.GetMethodInfo().Name == nameof(IConsumer<byte[], byte[]>.Resume))
        .SelectMany(c => (IEnumerable<TopicPartition>)c.GetArguments()[0]!)
        .ToList();
}
