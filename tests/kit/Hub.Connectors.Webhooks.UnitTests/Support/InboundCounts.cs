using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Hub.Connectors.Webhooks.UnitTests.Support;

/// <summary>What the connector counted on one of its counters (default hub.connector.inbound.records, by "entity/outcome"), for one connector name.</summary>
internal sealed class InboundCounts : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public InboundCounts(string connector, string instrumentName = "hub.connector.inbound.records", string firstTag = "entity", string secondTag = "outcome")
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == connector && instrument.Name == instrumentName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            string? first = null, second = null;
            foreach (var tag in tags)
            {
                first = tag.Key == firstTag ? tag.Value as string : first;
                second = tag.Key == secondTag ? tag.Value as string : second;
            }

            _counts.AddOrUpdate($"{first}/{second}", value, (_, n) => n + value);
        });
        _listener.Start();
    }

    public IReadOnlyDictionary<string, long> Counts => _counts;

    public void Dispose() => _listener.Dispose();
}
