using Hub.SchemaRegistry.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.SchemaRegistry.Hosting;

/// <summary>Ready once the store has rebuilt its state; until then the API answers 50003.</summary>
internal sealed class StoreReadinessCheck(ISchemaStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(store.IsReady
            ? HealthCheckResult.Healthy($"{store.Description} loaded")
            : HealthCheckResult.Unhealthy($"{store.Description} not loaded yet"));
}
