using Hub.Messaging;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Hub.Observability;

public static class HubObservabilityExtensions
{
    /// <summary>
    /// OpenTelemetry for one Hub service: traces from "Hub.Messaging", the service's own source and ASP.NET Core /
    /// HttpClient; metrics from "Hub.Messaging", the service's own meter, ASP.NET Core, HttpClient and the runtime,
    /// scraped at /metrics (see <see cref="HubObservabilityEndpointExtensions.MapHubObservability"/>). OTLP export
    /// switches on with OTEL_EXPORTER_OTLP_ENDPOINT; the exporter reads the other OTEL_EXPORTER_OTLP_* settings
    /// (protocol grpc or http/protobuf, headers, timeout) itself.
    /// </summary>
    /// <param name="serviceName">service.name, unless OTEL_SERVICE_NAME says otherwise; also the name of the
    /// service's own ActivitySource and Meter.</param>
    public static IHostApplicationBuilder AddHubObservability(this IHostApplicationBuilder builder, string serviceName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        var configuration = builder.Configuration;
        var exportTraces = ObservabilityEnvironment.ExportsTraces(configuration);
        var exportMetrics = ObservabilityEnvironment.ExportsMetrics(configuration);
        var resourceName = configuration[ObservabilityEnvironment.ServiceName] is { Length: > 0 } fromEnvironment ? fromEnvironment : serviceName;

        builder.Services.AddMetrics();
        builder.Services.AddHealthChecks();
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(resourceName, serviceInstanceId: Environment.MachineName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(MessagingDiagnostics.SourceName, serviceName)
                    .SetSampler(TraceSamplerFactory.Create(configuration))
                    .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsPlumbing(context.Request.Path))
                    .AddHttpClientInstrumentation();
                if (exportTraces)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(MessagingDiagnostics.SourceName, serviceName)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    // Exemplars carry the trace id of a sampled measurement, which Grafana links to Jaeger.
                    .SetExemplarFilter(ExemplarFilterType.TraceBased)
                    .AddPrometheusExporter();
                if (exportMetrics)
                {
                    metrics.AddOtlpExporter();
                }
            });
        return builder;
    }

    /// <summary>Scrapes and probes every few seconds would drown the real requests in traces.</summary>
    private static bool IsPlumbing(PathString path) =>
        path.StartsWithSegments(HubObservabilityEndpointExtensions.MetricsPath) || path.StartsWithSegments("/health");
}
