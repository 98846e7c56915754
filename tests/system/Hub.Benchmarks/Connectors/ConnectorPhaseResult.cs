using System.Globalization;

namespace Hub.Benchmarks.Connectors;

/// <summary>The figures of one load phase: what went in, what reached the target API, how fast, how late, how big.</summary>
public sealed record ConnectorPhaseResult(
    string Label,
    int Sent,
    double SendRate,
    string Refused,
    int Arrived,
    double CompletionRate,
    IReadOnlyList<double> LatencyMillis,
    IReadOnlyList<double> AnswerMillis,
    IReadOnlyDictionary<string, (double Median, double Peak)> Rss)
{
    /// <summary>CPU seconds each process used during the phase.</summary>
    public IReadOnlyDictionary<string, double> Cpu { get; init; } = new Dictionary<string, double>();

    /// <summary>Accepted deliveries (or published events) without an invoice 30 s after the last one arrived.</summary>
    public int Lost => Sent - Arrived;

    public double P(double percentile) => Percentiles.Of(LatencyMillis, percentile);

    public double AnswerP(double percentile) => Percentiles.Of(AnswerMillis, percentile);

    public static ConnectorPhaseResult FromWebhooks(
        string label, WebhookLoadResult sent, IReadOnlyDictionary<string, DateTimeOffset> arrived, IReadOnlyDictionary<string, (double, double)> rss)
    {
        var latencies = sent.SentAt.Where(s => arrived.ContainsKey(s.Key)).Select(s => (arrived[s.Key] - s.Value).TotalMilliseconds).Order().ToList();
        var refused = string.Join(", ", sent.Statuses.Where(s => s.Key is < 200 or >= 300).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Value} x {(s.Key == 0 ? "no answer" : s.Key)}")));
        var span = arrived.Count == 0 ? 0 : (arrived.Values.Max() - sent.SentAt.Values.Min()).TotalSeconds;
        return new(label, sent.Accepted, sent.Accepted / sent.SendSeconds, refused.Length == 0 ? "none" : refused, arrived.Count, span > 0 ? arrived.Count / span : 0, latencies, sent.AnswerMillis.Order().ToList(), rss);
    }

    public static ConnectorPhaseResult FromBacklog(
        string label, int published, DateTimeOffset started, DateTimeOffset publishedAt, IReadOnlyDictionary<string, DateTimeOffset> arrived, IReadOnlyDictionary<string, (double, double)> rss)
    {
        var span = arrived.Count == 0 ? 0 : (arrived.Values.Max() - started).TotalSeconds;
        return new(label, published, published / (publishedAt - started).TotalSeconds, "none", arrived.Count, span > 0 ? arrived.Count / span : 0, [], [], rss);
    }

    public string Line() => string.Create(CultureInfo.InvariantCulture,
        $"{Label}: sent {Sent:N0} at {SendRate:N0}/s, refused {Refused}, invoiced {Arrived:N0} at {CompletionRate:N0}/s, lost {Lost}, " +
        $"webhook answered p50 {AnswerP(50):F1} ms p99 {AnswerP(99):F1} ms, webhook → invoice p50 {P(50):F1} ms p99 {P(99):F1} ms p99.9 {P(99.9):F1} ms, RSS {string.Join(", ", Rss.Select(r => $"{r.Key} {r.Value.Median:F0}/{r.Value.Peak:F0} MiB"))}");
}
