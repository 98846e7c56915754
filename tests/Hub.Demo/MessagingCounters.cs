using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Hub.Messaging.Kafka.Telemetry;

namespace Hub.Demo;

/// <summary>Totals of the platform's own counters, read the way a metrics backend would (MeterListener).</summary>
public sealed class MessagingCounters : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _totals = new();

    public MessagingCounters()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == MessagingTelemetry.SourceName && instrument is Counter<long>)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => _totals.AddOrUpdate(instrument.Name, value, (_, total) => total + value));
        _listener.Start();
    }

    public long this[string instrument] => _totals.GetValueOrDefault(instrument);

    public void Dispose() => _listener.Dispose();
}
