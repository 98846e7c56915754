using Hub.Messaging.Kafka.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Messaging.UnitTests.Health;

public sealed class SubscriptionReadinessCheckTests
{
    private readonly SubscriptionHealth _health = new(new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero)));

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
        result.Description.Should().Be("orders: processing store unreachable");
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

    private Task<HealthCheckResult> CheckAsync() => new SubscriptionReadinessCheck(_health).CheckHealthAsync(new HealthCheckContext());
}
