using System.ComponentModel.DataAnnotations;
using Polly;

namespace Hub.Resilience;

/// <summary>
/// A retry pipeline's delays and budget, section <c>Resilience:{name}</c>. The defaults below are Polly's shape only:
/// each pipeline registers its own (<see cref="RetryPipelineDefaults"/>), which the section then overrides.
/// </summary>
public sealed class RetryPipelineOptions : IValidatableObject
{
    /// <summary>
    /// Retries after the first try; 0 tries once. Null retries until the caller cancels, which is what the polling
    /// and dependency-outage pipelines are for, so they refuse a number.
    /// </summary>
    [Range(0, 100)]
    public int? MaxRetryAttempts { get; set; }

    /// <summary>Wait before the first retry; with <see cref="DelayBackoffType.Exponential"/> doubled for each one after.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between two tries.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Constant, Linear or Exponential (Polly's <see cref="DelayBackoffType"/>).</summary>
    public DelayBackoffType BackoffType { get; set; } = DelayBackoffType.Exponential;

    /// <summary>Spreads the waits of many callers (Polly's decorrelated jitter) so they do not retry in step.</summary>
    public bool UseJitter { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Delay < TimeSpan.Zero || MaxDelay < Delay || MaxDelay > TimeSpan.FromDays(1))
        {
            yield return new ValidationResult("Delay must be >= 0 and <= MaxDelay, and MaxDelay at most a day.", [nameof(Delay), nameof(MaxDelay)]);
        }
    }
}
