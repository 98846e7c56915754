using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Connectors.Polling;

/// <summary>
/// Degraded (still HTTP 200) while a poller fails: the source being down is not a reason to restart or unroute the
/// connector, but the status and the last error show up in the health output.
/// </summary>
public sealed class PollingHealthCheck(PollingHealth health) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var failing = health.States.Where(s => s.Value.ConsecutiveFailures > 0).ToList();
        var data = health.States.ToDictionary(s => s.Key, s => (object)(s.Value.LastError ?? $"ok, watermark {s.Value.Watermark:O}"));
        return Task.FromResult(failing.Count == 0
            ? HealthCheckResult.Healthy("pollers ok", data)
            : HealthCheckResult.Degraded($"failing: {string.Join(", ", failing.Select(f => f.Key))}", data: data));
    }
}
