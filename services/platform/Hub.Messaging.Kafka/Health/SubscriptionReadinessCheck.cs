using Hub.Messaging.Kafka.Pipeline;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Messaging.Kafka.Health;

/// <summary>
/// Unhealthy (not ready) until every subscription polls, and while Redis is unreachable (nothing can be
/// acknowledged). Degraded, still ready, while work waits for an external system (events parked on a retry topic, a
/// circuit open): the connector is alive and accepting input, and the description says what waits and why.
/// </summary>
public sealed class SubscriptionReadinessCheck(SubscriptionHealth health, CircuitStates? circuits = null) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var states = health.Snapshot.OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
        var notReady = states
            .Where(s => !s.Value.Started || !s.Value.StoreAvailable || s.Value.Fault is not null)
            .Select(s => $"{s.Key}: {(s.Value.Fault is not null ? "faulted" : !s.Value.Started ? "starting" : WaitingDescription.StorePaused)}")
            .ToList();
        var waiting = states.Where(s => s.Value.Waiting is not null).ToList();
        // A circuit already named by its subscription's parked events is not named twice.
        var openCircuits = (circuits?.Snapshot ?? new Dictionary<string, string>())
            .Where(c => c.Value is "open" or "half-open" && !waiting.Any(w => w.Key == c.Key || w.Key.StartsWith(c.Key + ".", StringComparison.Ordinal)))
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => WaitingDescription.Circuit(c.Key, c.Value));
        var degraded = waiting.Select(w => w.Value.Waiting!).Concat(openCircuits).ToList();
        var result = notReady.Count > 0
            ? HealthCheckResult.Unhealthy(string.Join("; ", notReady.Concat(degraded)))
            : degraded.Count > 0 ? HealthCheckResult.Degraded(string.Join("; ", degraded)) : HealthCheckResult.Healthy();
        return Task.FromResult(result);
    }
}
