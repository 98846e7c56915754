using Hub.Messaging.Kafka.Health;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Messaging.UnitTests.Health;

public sealed class WaitingDescriptionTests
{
    private readonly SubscriptionHealth _health = new(new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 6, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("open", true, "orders.retry: 37 events parked for the external system (circuit open)")]
    [InlineData("half-open", true, "orders.retry: 37 events parked for the external system (circuit half-open)")]
    [InlineData("closed", true, "orders.retry: 37 events parked for the external system (its calls are failing)")]
    [InlineData(null, true, "orders.retry: 37 events parked for the external system (its calls are failing)")]
    [InlineData("closed", false, "orders.retry: 37 events parked, waiting for their retry time")]
    public void Parked_CircuitAndOutage_SaysWhyTheEventsWait(string? circuit, bool outage, string expected)
    {
        WaitingDescription.Parked("orders.retry", 37, circuit, outage).Should().Be(expected);
    }

    [Fact]
    public void Parked_OneEvent_Singular()
    {
        WaitingDescription.Parked("orders.retry", 1, "open", outage: true).Should().Be("orders.retry: 1 event parked for the external system (circuit open)");
    }

    [Fact]
    public void ForSubscription_RedisDownAndParked_NamesBothOfThisSubscriptionOnly()
    {
        _health.StoreAvailability("orders", available: false);
        _health.Waiting("orders.retry", "orders.retry: 3 events parked, waiting for their retry time");
        _health.Waiting("invoices.retry", "invoices.retry: 9 events parked, waiting for their retry time");

        var waiting = WaitingDescription.ForSubscription("orders", _health.Snapshot, "closed");

        waiting.Should().Equal(
            "orders: paused: processing store (Redis) or schema registry unreachable",
            "orders.retry: 3 events parked, waiting for their retry time");
    }

    [Fact]
    public void ForSubscription_CircuitOpenNothingParked_NamesTheCircuit()
    {
        _health.Polled("orders");

        WaitingDescription.ForSubscription("orders", _health.Snapshot, "open").Should().Equal("orders: circuit open");
    }

    [Fact]
    public void ForSubscription_NothingWaits_Empty()
    {
        _health.Polled("orders");
        _health.Polled("orders.retry");

        WaitingDescription.ForSubscription("orders", _health.Snapshot, "closed").Should().BeEmpty();
    }
}
