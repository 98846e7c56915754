using Hub.Messaging.Kafka.Health;
using Hub.Messaging.Kafka.Pipeline;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Messaging.UnitTests.Health;

public sealed class SubscriptionReadinessCheckTests
{
    private readonly SubscriptionHealth _health = new(new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero)));
    private readonly CircuitStates _circuits = new();

    [Fact]
    public async Task CheckHealthAsync_Starting_NotReady()
    {
        _health.Starting("orders");

        var result = await CheckAsync();

        result.Status.Should().Be(HealthStatus.Unhealthy);
        result.Description.Should().Be("orders: starting");
    }

    [Fact]
    public async Task CheckHealthAsync_PollingWithStore_Ready()
    {
        _health.Starting("orders");
        _health.Polled("orders");

        (await CheckAsync()).Status.Should().Be(HealthStatus.Healthy);
    }

    [Fact]
    public async Task CheckHealthAsync_StoreUnreachable_NotReady()
    {
        _health.Starting("orders");
        _health.Polled("orders");
        _health.StoreAvailability("orders", available: false);

        var result = await CheckAsync();

        result.Status.Should().Be(HealthStatus.Unhealthy);
        result.Description.Should().Be("orders: paused: processing store (Redis) or schema registry unreachable");
    }

    [Fact]
    public async Task CheckHealthAsync_StoreBack_ReadyAgain()
    {
        _health.Starting("orders");
        _health.Polled("orders");
        _health.StoreAvailability("orders", available: false);
        _health.StoreAvailability("orders", available: true);

        (await CheckAsync()).Status.Should().Be(HealthStatus.Healthy);
    }

    [Fact]
    public async Task CheckHealthAsync_Faulted_NotReady()
    {
        _health.Starting("orders");
        _health.Polled("orders");
        _health.Faulted("orders", new InvalidOperationException("boom"));

        (await CheckAsync()).Description.Should().Be("orders: faulted");
    }

    [Fact]
    public async Task CheckHealthAsync_OneOfTwoNotReady_NamesOnlyThatOne()
    {
        _health.Starting("orders");
        _health.Polled("orders");
        _health.Starting("invoices");

        var result = await CheckAsync();

        result.Status.Should().Be(HealthStatus.Unhealthy);
        result.Description.Should().Be("invoices: starting");
    }

    [Fact]
    public async Task CheckHealthAsync_EventsParkedForTheExternalSystem_DegradedNamingThem()
    {
        _health.Starting("orders");
        _health.Polled("orders");
        _health.Starting("orders.retry");
        _health.Polled("orders.retry");
        _health.Waiting("orders.retry", WaitingDescription.Parked("orders.retry-topic", 37, "open", outage: true));
        _circuits.Set("orders", "open");

        var result = await CheckAsync();

        result.Status.Should().Be(HealthStatus.Degraded, "the connector is alive and accepting input; only the external system waits");
        result.Description.Should().Be("orders.retry-topic: 37 events parked for the external system (circuit open)");
    }

    [Fact]
    public async Task CheckHealthAsync_CircuitOpenNothingParked_DegradedCircuitOpen()
    {
        _health.Starting("orders");
        _health.Polled("orders");
        _circuits.Set("orders", "open");

        var result = await CheckAsync();

        result.Status.Should().Be(HealthStatus.Degraded);
        result.Description.Should().Be("orders: circuit open");
    }

    [Fact]
    public async Task CheckHealthAsync_ParkedAndRedisDown_UnhealthyNamingBoth()
    {
        _health.Starting("orders");
        _health.Polled("orders");
        _health.StoreAvailability("orders", available: false);
        _health.Polled("orders.retry");
        _health.Waiting("orders.retry", WaitingDescription.Parked("orders.retry-topic", 2, "closed", outage: false));

        var result = await CheckAsync();

        result.Status.Should().Be(HealthStatus.Unhealthy);
        result.Description.Should().Be("orders: paused: processing store (Redis) or schema registry unreachable; orders.retry-topic: 2 events parked, waiting for their retry time");
    }

    [Fact]
    public async Task CheckHealthAsync_BacklogDrained_HealthyAgain()
    {
        _health.Starting("orders.retry");
        _health.Polled("orders.retry");
        _health.Waiting("orders.retry", WaitingDescription.Parked("orders.retry-topic", 5, "closed", outage: true));
        _health.Waiting("orders.retry", null);
        _circuits.Set("orders", "closed");

        (await CheckAsync()).Status.Should().Be(HealthStatus.Healthy);
    }

    private Task<HealthCheckResult> CheckAsync() => new SubscriptionReadinessCheck(_health, _circuits).CheckHealthAsync(new HealthCheckContext());
}
