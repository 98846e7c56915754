using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Messaging.Kafka.Health;

/// <summary>Unhealthy when a subscription loop has died or stopped polling: restarting the process is the cure.</summary>
public sealed class SubscriptionLivenessCheck(SubscriptionHealth health, TimeProvider time) : IHealthCheck
{
    private static readonly TimeSpan MaxSilence = TimeSpan.FromMinutes(2);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var problems = health.Snapshot
            .Where(s => s.Value.Fault is not null || (s.Value.Started && now - s.Value.LastPoll > MaxSilence))
            .Select(s => $"{s.Key}: {s.Value.Fault ?? $"no poll for {(now - s.Value.LastPoll).TotalSeconds:F0}s"}")
            .ToList();
        return Task.FromResult(problems.Count == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy(string.Join("; ", problems)));
    }
}
