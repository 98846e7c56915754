using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;

namespace Hub.Observability;

public static class HubObservabilityEndpointExtensions
{
    public const string MetricsPath = "/metrics";
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    /// <summary>
    /// /metrics for Prometheus, /health/live (checks tagged "live": restart me if failing) and /health/ready (checks
    /// tagged "ready": route no traffic to me if failing), the probes the Helm chart and manifests point at. Both answer
    /// JSON naming every check's status and reason (<see cref="HealthReportWriter"/>); Degraded answers 200.
    /// </summary>
    public static IEndpointRouteBuilder MapHubObservability(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPrometheusScrapingEndpoint(MetricsPath);
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = check => check.Tags.Contains("live"), ResponseWriter = HealthReportWriter.WriteAsync });
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = HealthReportWriter.WriteAsync });
        return endpoints;
    }
}
