using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Hub.Messaging.Kafka.Telemetry;

/// <summary>
/// <c>hub.connector.paused</c> (Prometheus <c>hub_connector_paused</c>): 1 per subscription while an operator's
/// pause (`hub pause`) holds it, 0 after `hub resume`. Tags: connector, scope of the pause, subscription.
/// </summary>
public sealed class ConnectorPauseMetrics
{
    public const string InstrumentName = "hub.connector.paused";

    private readonly ConcurrentDictionary<string, (string Connector, string Scope, bool Paused)> _states = new();

    public ConnectorPauseMetrics(MessagingTelemetry telemetry)
    {
        ArgumentNullException.ThrowIfNull(telemetry);
        telemetry.Meter.CreateObservableGauge(InstrumentName, Observe, "{subscription}", "1 while an operator's pause (hub pause) holds the subscription, else 0.");
    }

    public void Set(string subscription, string connector, string? scope) =>
        _states[subscription] = (connector, scope ?? "none", scope is not null);

    private IEnumerable<Measurement<int>> Observe()
    {
        foreach (var (subscription, state) in _states)
        {
            yield return new Measurement<int>(
                state.Paused ? 1 : 0,
                new KeyValuePair<string, object?>("connector", state.Connector),
                new KeyValuePair<string, object?>("scope", state.Scope),
                new KeyValuePair<string, object?>("hub.subscription", subscription));
        }
    }
}
