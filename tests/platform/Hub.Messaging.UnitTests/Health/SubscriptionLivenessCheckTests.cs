using Hub.Messaging.Kafka.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Messaging.UnitTests.Health;

public sealed class SubscriptionLivenessCheckTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly SubscriptionHealth _health;
    private readonly SubscriptionLivenessCheck _check;

    public SubscriptionLivenessCheckTests()
    {
        _health = new SubscriptionHealth(_time);
        _check = new SubscriptionLivenessCheck(_health, _time);
    }

    [Fact]
    public async Task CheckHealthAsync_NoSubscriptions_Healthy()
    {
        (await CheckAsync()).Status.Should().Be(HealthStatus.Healthy);
    }

    [Fact]
    public async Task CheckHealthAsync_PolledRecently_Healthy()
    {
        _health.Starting("orders");
        _health.Polled("orders");
        _time.Advance(TimeSpan.FromMinutes(2));

        (await CheckAsync()).Status.Should().Be(HealthStatus.Healthy);
    }

    [Fact]
    public async Task CheckHealthAsync_NoPollForMoreThanTwoMinutes_UnhealthyNamingSubscription()
    {
        _health.Starting("orders");
        _health.Polled("orders");
        _health.Starting("invoices");
        _health.Polled("invoices");
        _time.Advance(TimeSpan.FromMinutes(1));
        _health.Polled("invoices");
        _time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));

        var result = await CheckAsync();

        result.Status.Should().Be(HealthStatus.Unhealthy);
        result.Description.Should().Contain("orders").And.Contain("no poll for 121s").And.NotContain("invoices");
    }

    [Fact]
    public async Task CheckHealthAsync_NotStartedForLong_StillHealthy()
    {
        _health.Starting("orders");
        _time.Advance(TimeSpan.FromMinutes(30));

        (await CheckAsync()).Status.Should().Be(HealthStatus.Healthy, "a slow start is not a dead loop");
    }

    [Fact]
    public async Task CheckHealthAsync_Faulted_UnhealthyWithFault()
    {
        _health.Starting("orders");
        _health.Polled("orders");
        _health.Faulted("orders", new InvalidOperationException("handler registration missing"));

        var result = await CheckAsync();

        result.Status.Should().Be(HealthStatus.Unhealthy);
        result.Description.Should().Be("orders: handler registration missing");
    }

    [Fact]
    public async Task CheckHealthAsync_FaultedThenStopped_StaysUnhealthy()
    {
        _health.Starting("orders");
        _health.Faulted("orders", new InvalidOperationException("loop died"));
        _health.Stopped("orders");

        (await CheckAsync()).Status.Should().Be(HealthStatus.Unhealthy, "a worker that died must not vanish from the health report");
    }

    [Fact]
    public async Task CheckHealthAsync_CleanlyStopped_Forgotten()
    {
        _health.Starting("orders");
        _health.Stopped("orders");

        (await CheckAsync()).Status.Should().Be(HealthStatus.Healthy);
    }

    [Fact]
    public async Task CheckHealthAsync_StoreUnavailableButPolling_Healthy()
    {
        _health.Starting("orders");
        _health.Polled("orders");
        _health.StoreAvailability("orders", available: false);
        _time.Advance(TimeSpan.FromMinutes(10));
        _health.Polled("orders");

        (await CheckAsync()).Status.Should().Be(HealthStatus.Healthy, "a Redis outage is not cured by a restart");
    }

    private Task<HealthCheckResult> CheckAsync() => _check.CheckHealthAsync(new HealthCheckContext());
}
