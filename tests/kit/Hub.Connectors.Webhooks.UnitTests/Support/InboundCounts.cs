using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Hub.Connectors.Webhooks.UnitTests.Support;

/// <summary>What the connector counted on hub.connector.inbound.records, by "entity/outcome", for one connector name.</summary>
internal sealed class InboundCounts : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public InboundCounts(string connector)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == connector && instrument.Name == "hub.connector.inbound.records")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            string? entity = null, outcome = null;
            foreach (var tag in tags)
            {
                entity = tag.Key == "entity" ? tag.Value as string : entity;
                outcome = tag.Key == "outcome" ? tag.Value as string : outcome;
            }

            _counts.AddOrUpdate($"{entity}/{outcome}", value, (_, n) => n + value);
        });
        _listener.Start();
    }

    public IReadOnlyDictionary<string, long> Counts => _counts;

    public void Dispose() => _listener.Dispose();
}
