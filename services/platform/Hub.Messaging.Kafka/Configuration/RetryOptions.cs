using System.ComponentModel.DataAnnotations;

namespace Hub.Messaging.Kafka.Configuration;

public sealed class RetryOptions
{
    /// <summary>Quick retries inside the consumer before the event is parked on the retry topic.</summary>
    [Range(0, 20)]
    public int InProcessAttempts { get; set; } = 3;

    public TimeSpan InProcessBaseDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan InProcessMaxDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Share of handled events that may be in-process retries. Above it, failures are parked at once so an outage
    /// does not multiply the load on the failing system.
    /// </summary>
    [Range(0.0, 10.0)]
    public double BudgetRatio { get; set; } = 0.2;

    /// <summary>Retries on the retry topic before the event is dead-lettered; with the delays below, about an hour.</summary>
    [Range(1, 1000)]
    public int RetryTopicAttempts { get; set; } = 12;

    public TimeSpan RetryTopicBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan RetryTopicMaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    public bool RetryTopicEnabled { get; set; } = true;

    /// <summary>
    /// Different events whose handler calls failed in a row (each after its in-process retries, or refused by the open
    /// circuit) that count as an outage of the external system. The first success after an outage releases the parked copies that failed
    /// before it, without waiting for their retry times (key order and the rate limit still hold).
    /// </summary>
    [Range(1, 10_000)]
    public int OutageFailureThreshold { get; set; } = 3;

    /// <summary>
    /// During an outage, how often the retry worker tries one held copy ahead of its retry time to find out whether
    /// the system is back: at most one extra call per interval, and none reaches the system while the circuit is open
    /// (the breaker refuses it). A failed probe keeps the copy's schedule and attempt count.
    /// </summary>
    public TimeSpan ReleaseProbeInterval { get; set; } = TimeSpan.FromSeconds(1);
}
