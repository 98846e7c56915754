using System.ComponentModel.DataAnnotations;

namespace Hub.Messaging.Kafka.Configuration;

public sealed class CircuitBreakerOptions
{
    public bool Enabled { get; set; } = true;

    [Range(0.01, 1.0)]
    public double FailureRatio { get; set; } = 0.5;

    [Range(2, 100_000)]
    public int MinimumThroughput { get; set; } = 20;

    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
