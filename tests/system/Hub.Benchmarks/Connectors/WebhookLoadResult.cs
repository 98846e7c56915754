using System.Collections.Concurrent;

namespace Hub.Benchmarks.Connectors;

/// <summary>What one load phase sent: each order's send time, the connector's answers by status code and how long each answer took.</summary>
public sealed class WebhookLoadResult
{
    public ConcurrentDictionary<string, DateTimeOffset> SentAt { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<int, int> Statuses { get; } = new();

    public ConcurrentQueue<double> AnswerMillis { get; } = new();

    public double SendSeconds { get; set; }

    /// <summary>Deliveries the connector accepted (2xx): each must become exactly one invoice.</summary>
    public int Accepted => Statuses.Where(s => s.Key is >= 200 and < 300).Sum(s => s.Value);

    public void Record(string orderName, DateTimeOffset sentAt, int status, TimeSpan answeredAfter)
    {
        Statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
        AnswerMillis.Enqueue(answeredAfter.TotalMilliseconds);
        if (status is >= 200 and < 300)
        {
            SentAt[orderName] = sentAt;
        }
    }
}
