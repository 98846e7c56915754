using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Hub.Messaging.Kafka.Configuration;

/// <summary>
/// ValidateDataAnnotations checks only top-level properties; this checks the nested Retry, CircuitBreaker and
/// RateLimit sections too, so a mistyped range fails at start-up instead of changing behaviour silently.
/// </summary>
public sealed class SubscriptionOptionsValidator : IValidateOptions<SubscriptionOptions>
{
    public ValidateOptionsResult Validate(string? name, SubscriptionOptions options)
    {
        var failures = new List<string>();
        foreach (var (section, value) in new (string, object)[] { ("Retry", options.Retry), ("CircuitBreaker", options.CircuitBreaker), ("RateLimit", options.RateLimit) })
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true))
            {
                failures.AddRange(results.Select(r => $"Subscriptions:{name}:{section} (or its default, {HandlerResilienceDefaults.SectionName}:{section}): {r.ErrorMessage}"));
            }
        }

        if (options.Retry.InProcessBaseDelay > options.Retry.InProcessMaxDelay || options.Retry.RetryTopicBaseDelay > options.Retry.RetryTopicMaxDelay)
        {
            failures.Add($"Subscriptions:{name}:Retry (or its default, {HandlerResilienceDefaults.SectionName}:Retry): a base delay is longer than its maximum delay.");
        }

        if (options.Retry.ReleaseProbeInterval <= TimeSpan.Zero)
        {
            failures.Add($"Subscriptions:{name}:Retry (or its default, {HandlerResilienceDefaults.SectionName}:Retry): ReleaseProbeInterval must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
