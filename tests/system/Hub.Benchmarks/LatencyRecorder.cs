using System.Collections.Concurrent;

namespace Hub.Benchmarks;

/// <summary>Collects produce-to-handled latencies and the handled count; read after a run.</summary>
public sealed class LatencyRecorder
{
    private readonly ConcurrentQueue<double> _millis = new();
    private long _handled;
    private long _firstTicks;
    private long _lastTicks;

    public long Handled => Interlocked.Read(ref _handled);

    public TimeSpan Span => TimeSpan.FromTicks(Interlocked.Read(ref _lastTicks) - Interlocked.Read(ref _firstTicks));

    public bool RecordLatency { get; set; }

    public void Record(DateTimeOffset occurredAt)
    {
        var now = DateTimeOffset.UtcNow;
        Interlocked.CompareExchange(ref _firstTicks, now.UtcTicks, 0);
        Interlocked.Exchange(ref _lastTicks, now.UtcTicks);
        Interlocked.Increment(ref _handled);
        if (RecordLatency)
        {
            _millis.Enqueue((now - occurredAt).TotalMilliseconds);
        }
    }

    public double Percentile(double p) => Percentiles.Of(_millis.Order().ToArray(), p);

    public int Samples => _millis.Count;
}
