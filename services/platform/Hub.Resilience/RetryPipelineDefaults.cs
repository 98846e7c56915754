using Polly;

namespace Hub.Resilience;

/// <summary>
/// The built-in values of each retry pipeline, before <c>Resilience:{name}</c> is applied. They are the values the
/// hand-written loops used before the pipelines replaced them, so an empty section changes nothing.
/// </summary>
public static class RetryPipelineDefaults
{
    /// <summary>Until a poll succeeds: 1 s doubling to 1 min (the poller's former ErrorBackoff/MaxErrorBackoff).</summary>
    public static RetryPipelineOptions Polling => new() { MaxRetryAttempts = null, Delay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromMinutes(1) };

    /// <summary>Until Redis or the registry is back: 100 ms doubling to 5 s (the outage guard's former loop).</summary>
    public static RetryPipelineOptions DependencyOutage => new() { MaxRetryAttempts = null, Delay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromSeconds(5) };

    /// <summary>
    /// Sends each request once: retries are the handler pipeline's, counted and bounded there (docs/decisions.md).
    /// With retries switched on, 200 ms doubling to 2 s with jitter, and a Retry-After up to MaxDelay is honoured.
    /// </summary>
    public static RetryPipelineOptions ExternalApi => new() { MaxRetryAttempts = 0, Delay = TimeSpan.FromMilliseconds(200), MaxDelay = TimeSpan.FromSeconds(2), UseJitter = true };

    /// <summary>Three tries, 200 ms doubling to 5 s with jitter (what Confluent's client did with MaxRetries 3).</summary>
    public static RetryPipelineOptions SchemaRegistry => new() { MaxRetryAttempts = 2, Delay = TimeSpan.FromMilliseconds(200), MaxDelay = TimeSpan.FromSeconds(5), UseJitter = true, BackoffType = DelayBackoffType.Exponential };
}
