using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Messaging.Kafka.Health;

/// <summary>Ready once every subscription polls and Redis answers; not ready (but alive) during a Redis outage.</summary>
public sealed class SubscriptionReadinessCheck(SubscriptionHealth health) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var waiting = health.Snapshot
            .Where(s => !s.Value.Started || !s.Value.StoreAvailable || s.Value.Fault is not null)
            .Select(s => $"{s.Key}: {(s.Value.Fault is not null ? "faulted" : !s.Value.Started ? "starting" : "processing store unreachable")}")
            .ToList();
        return Task.FromResult(waiting.Count == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy(string.Join("; ", waiting)));
    }
}
