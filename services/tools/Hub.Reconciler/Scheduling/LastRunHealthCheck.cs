using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Reconciler;

/// <summary>
/// Ready, Degraded while an entity's last run could not read every connector (the service still answers and keeps its
/// last figures; Degraded answers 200, so it stays routable for POST /reconcile/run).
/// </summary>
public sealed class LastRunHealthCheck(ReconcileMetrics metrics) : IHealthCheck
{
    public const string Name = "reconcile-last-run";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var failed = metrics.LastRuns.Where(r => !r.Succeeded).ToList();
        return Task.FromResult(failed.Count == 0
            ? HealthCheckResult.Healthy(metrics.LastRuns.Count == 0 ? "No run yet." : "The last run read every connector.")
            : HealthCheckResult.Degraded(string.Join(" ", failed.Select(r => $"{r.Entity} at {r.At:O}: {r.Error}"))));
    }
}
