using Microsoft.Extensions.Configuration;

namespace Hub.Observability;

/// <summary>
/// The standard OTEL_* settings the platform reads itself. They are looked up in configuration, which includes
/// environment variables, so appsettings.json, Helm values and plain environment variables all work.
/// </summary>
public static class ObservabilityEnvironment
{
    public const string OtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string OtlpTracesEndpoint = "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT";
    public const string OtlpMetricsEndpoint = "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT";
    public const string OtlpProtocol = "OTEL_EXPORTER_OTLP_PROTOCOL";
    public const string TracesSampler = "OTEL_TRACES_SAMPLER";
    public const string TracesSamplerArg = "OTEL_TRACES_SAMPLER_ARG";
    public const string ServiceName = "OTEL_SERVICE_NAME";

    /// <summary>Traces go over OTLP only when an endpoint is configured: no collector, no export attempts and no error logs.</summary>
    public static bool ExportsTraces(IConfiguration configuration) =>
        HasValue(configuration, OtlpEndpoint) || HasValue(configuration, OtlpTracesEndpoint);

    /// <summary>Metrics are scraped by Prometheus; OTLP metrics are pushed only when asked for explicitly.</summary>
    public static bool ExportsMetrics(IConfiguration configuration) => HasValue(configuration, OtlpMetricsEndpoint);

    private static bool HasValue(IConfiguration configuration, string key) => !string.IsNullOrWhiteSpace(configuration[key]);
}
