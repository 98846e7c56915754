using Microsoft.Extensions.Options;
using Polly.Telemetry;

namespace Hub.Resilience;

/// <summary>
/// Polly reports every try of a retry strategy (Information when it succeeded, Warning or Error when it failed) and
/// every retry (Warning). The handler pipeline runs once per consumed message, so that would be a log line per
/// message; the platform logs and counts failures itself (handler metrics, the outage guard, the pollers). Those
/// events go to Debug; breaker, rate limiter and timeout events keep Polly's severity.
/// </summary>
internal sealed class QuietAttemptTelemetry : IConfigureOptions<TelemetryOptions>
{
    public void Configure(TelemetryOptions options)
    {
        var previous = options.SeverityProvider;
        options.SeverityProvider = args => args.Event.EventName switch
        {
            "ExecutionAttempt" or "OnRetry" => ResilienceEventSeverity.Debug,
            _ => previous?.Invoke(args) ?? args.Event.Severity,
        };
    }
}
