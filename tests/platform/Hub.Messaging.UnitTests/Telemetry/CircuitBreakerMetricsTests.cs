using System.Diagnostics.Metrics;
using Hub.Messaging.Kafka.Pipeline;
using Hub.Messaging.Kafka.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Messaging.UnitTests.Telemetry;

/// <summary>The gauge behind the dashboards' and alerts' hub_circuit_breaker_open: name, meter and tags must not change.</summary>
public sealed class CircuitBreakerMetricsTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    [Fact]
    public void Gauge_PerSubscription_OneWhileOpenOrHalfOpen()
    {
        var circuits = new CircuitStates();
        _ = new CircuitBreakerMetrics(_services.GetRequiredService<IMeterFactory>(), circuits);
        var seen = new List<(int Value, object? Subscription, object? State)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Hub.Messaging" && instrument.Name == "hub.circuit_breaker.open")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((_, value, tags, _) =>
        {
            var all = tags.ToArray();
            seen.Add((value, all.Single(t => t.Key == "hub.subscription").Value, all.Single(t => t.Key == "hub.circuit.state").Value));
        });
        listener.Start();
        circuits.Set("erp-customers", "open");
        circuits.Set("crm-orders", "closed");
        circuits.Set("shop-stock", "half-open");

        listener.RecordObservableInstruments();

        seen.Should().BeEquivalentTo(new (int, object?, object?)[] { (1, "erp-customers", "open"), (0, "crm-orders", "closed"), (1, "shop-stock", "half-open") });
    }

    [Fact]
    public void AddKafkaMessaging_Always_RegistersTheGaugeAndItsActivator()
    {
        var services = new ServiceCollection().AddKafkaMessaging();

        services.Should().Contain(d => d.ServiceType == typeof(CircuitBreakerMetrics));
        services.Should().ContainSingle(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType != null && d.ImplementationType.Name == "CircuitBreakerMetricsActivator");
    }

    public void Dispose() => _services.Dispose();
}
