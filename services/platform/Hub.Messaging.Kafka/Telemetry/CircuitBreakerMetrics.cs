using System.Diagnostics.Metrics;
using Hub.Messaging.Kafka.Pipeline;

namespace Hub.Messaging.Kafka.Telemetry;

/// <summary>
/// Exposes each subscription's circuit-breaker state as a gauge (1 while open or half-open), so an alert can fire on
/// a breaker that stays open. Created on the "Hub.Messaging" meter: the meter factory hands out the same meter.
/// </summary>
public sealed class CircuitBreakerMetrics
{
    public const string InstrumentName = "hub.circuit_breaker.open";

    public CircuitBreakerMetrics(IMeterFactory meterFactory, CircuitStates circuits)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MessagingDiagnostics.SourceName);
        meter.CreateObservableGauge(InstrumentName, () => Observe(circuits), "{breaker}", "1 while the subscription's circuit breaker is open or half-open, else 0.");
    }

    private static IEnumerable<Measurement<int>> Observe(CircuitStates circuits)
    {
        foreach (var (subscription, state) in circuits.Snapshot)
        {
            yield return new Measurement<int>(
                state == "closed" ? 0 : 1,
                new KeyValuePair<string, object?>("hub.subscription", subscription),
                new KeyValuePair<string, object?>("hub.circuit.state", state));
        }
    }
}
