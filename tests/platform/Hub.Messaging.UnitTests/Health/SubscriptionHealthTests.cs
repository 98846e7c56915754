using Hub.Messaging.Kafka.Health;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Messaging.UnitTests.Health;

public sealed class SubscriptionHealthTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly SubscriptionHealth _health;

    public SubscriptionHealthTests()
    {
        _health = new SubscriptionHealth(_time);
    }

    [Fact]
    public void Starting_NewSubscription_NotStartedStoreAvailableNoFault()
    {
        _health.Starting("orders");

        _health.Snapshot["orders"].Should().Be(new SubscriptionHealth.State(Start, StoreAvailable: true, Fault: null, Started: false));
    }

    [Fact]
    public void Polled_AfterStarting_StartedWithCurrentTime()
    {
        _health.Starting("orders");
        _time.Advance(TimeSpan.FromSeconds(5));

        _health.Polled("orders");

        _health.Snapshot["orders"].Started.Should().BeTrue();
        _health.Snapshot["orders"].LastPoll.Should().Be(Start.AddSeconds(5));
    }

    [Fact]
    public void Polled_UnknownSubscription_Registered()
    {
        _health.Polled("orders");

        _health.Snapshot["orders"].Started.Should().BeTrue();
    }

    [Fact]
    public void StoreAvailability_Unavailable_RecordedWithPollTime()
    {
        _health.Starting("orders");
        _health.Polled("orders");
        _time.Advance(TimeSpan.FromMinutes(1));

        _health.StoreAvailability("orders", available: false);

        _health.Snapshot["orders"].StoreAvailable.Should().BeFalse();
        _health.Snapshot["orders"].LastPoll.Should().Be(Start.AddMinutes(1), "waiting for Redis still counts as a live loop");
        _health.Snapshot["orders"].Started.Should().BeTrue();
    }

    [Fact]
    public void StoreAvailability_BackAgain_Available()
    {
        _health.Starting("orders");
        _health.StoreAvailability("orders", available: false);

        _health.StoreAvailability("orders", available: true);

        _health.Snapshot["orders"].StoreAvailable.Should().BeTrue();
    }

    [Fact]
    public void Faulted_Exception_MessageRecorded()
    {
        _health.Starting("orders");

        _health.Faulted("orders", new InvalidOperationException("consumer died"));

        _health.Snapshot["orders"].Fault.Should().Be("consumer died");
    }

    [Fact]
    public void Starting_AfterFault_FaultCleared()
    {
        _health.Faulted("orders", new InvalidOperationException("consumer died"));

        _health.Starting("orders");

        _health.Snapshot["orders"].Fault.Should().BeNull();
    }

    [Fact]
    public void Stopped_Subscription_Removed()
    {
        _health.Starting("orders");
        _health.Starting("invoices");

        _health.Stopped("orders");

        _health.Snapshot.Keys.Should().Equal("invoices");
    }
}
