using System.Collections.Concurrent;
using Hub.Contracts;

namespace Hub.Demo;

/// <summary>What the simulated target system received, and how long each event took to get there.</summary>
public sealed class DemoScoreboard
{
    private readonly ConcurrentDictionary<Guid, int> _attempts = new();
    private readonly ConcurrentDictionary<Guid, int> _applied = new();
    private readonly ConcurrentQueue<double> _latencyMs = new();

    public int AppliedCount => _applied.Count;

    public int AppliedTwice => _applied.Values.Count(v => v > 1);

    public int CountAttempt(Guid eventId) => _attempts.AddOrUpdate(eventId, 1, (_, n) => n + 1);

    public void Applied(CustomerUpserted @event)
    {
        _applied.AddOrUpdate(@event.Envelope.EventId, 1, (_, n) => n + 1);
        _latencyMs.Enqueue((DateTimeOffset.UtcNow - @event.Envelope.OccurredAt).TotalMilliseconds);
    }

    public double LatencyPercentile(double p)
    {
        var sorted = _latencyMs.OrderBy(x => x).ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];
    }
}
