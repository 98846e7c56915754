using Hub.Messaging.Processing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Connectors.Hosting.Pause;

/// <summary>
/// Degraded (still HTTP 200: a paused connector is meant to stay up) while an operator's pause holds, with who,
/// when, why and the scope in the details; Healthy otherwise.
/// </summary>
internal sealed class ConnectorPauseHealthCheck(ConnectorPauseWatch watch) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pauses = await watch.CurrentAsync().ConfigureAwait(false);
        if (pauses.Count == 0)
        {
            return HealthCheckResult.Healthy($"{watch.Connector} is not paused");
        }

        var data = pauses.ToDictionary(p => p.Scope, p => (object)p.Describe());
        return HealthCheckResult.Degraded($"{watch.Connector} is {string.Join("; ", pauses.Select(p => p.Describe()))} (hub resume {watch.Connector})", data: data);
    }
}
