using Hub.Messaging.Kafka.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Messaging.UnitTests.Pipeline;

public sealed class RecoverySignalTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 6, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Failed_ThresholdReached_InOutage()
    {
        var signal = new RecoverySignal(_time, failuresForOutage: 3);

        signal.Failed("e1");
        signal.Failed("e2");
        signal.InOutage.Should().BeFalse();
        signal.Failed("e3");

        signal.InOutage.Should().BeTrue();
        signal.RecoveredAt.Should().BeNull();
    }

    [Fact]
    public void Succeeded_AfterOutage_RecordsOneRecovery()
    {
        var signal = new RecoverySignal(_time, failuresForOutage: 2);
        signal.Failed("e4");
        signal.Failed("e5");
        _time.Advance(TimeSpan.FromSeconds(30));

        signal.Succeeded();
        signal.Succeeded();

        signal.InOutage.Should().BeFalse();
        signal.RecoveredAt.Should().Be(_time.GetUtcNow());
        signal.Generation.Should().Be(1);
    }

    [Fact]
    public void Succeeded_FailuresBelowThreshold_NoRecovery()
    {
        var signal = new RecoverySignal(_time, failuresForOutage: 3);

        // One event failing again and again among successes is not an outage: it keeps its own backoff.
        for (var i = 0; i < 10; i++)
        {
            signal.Failed("e6");
            signal.Failed("e7");
            signal.Succeeded();
        }

        signal.InOutage.Should().BeFalse();
        signal.Generation.Should().Be(0);
        signal.RecoveredAt.Should().BeNull();
    }

    [Fact]
    public void Failed_AfterRecovery_NewOutageThenNewGeneration()
    {
        var signal = new RecoverySignal(_time, failuresForOutage: 1);
        signal.Failed("e8");
        signal.Succeeded();
        var first = signal.RecoveredAt;
        _time.Advance(TimeSpan.FromSeconds(5));

        signal.Failed("e9");
        signal.InOutage.Should().BeTrue();
        signal.Succeeded();

        signal.Generation.Should().Be(2);
        signal.RecoveredAt.Should().Be(first!.Value.AddSeconds(5));
    }

    [Fact]
    public void Failed_OneEventAgainAndAgain_NoOutage()
    {
        var signal = new RecoverySignal(_time, failuresForOutage: 3);

        for (var i = 0; i < 20; i++)
        {
            signal.Failed("stubborn");
        }

        signal.InOutage.Should().BeFalse("one event that keeps failing is that event's problem, not the system's");
    }
}
