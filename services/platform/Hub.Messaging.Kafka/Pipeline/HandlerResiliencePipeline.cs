using System.Threading.RateLimiting;
using Hub.Messaging.Errors;
using Hub.Messaging.Kafka.Configuration;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Hub.Messaging.Kafka.Pipeline;

/// <summary>
/// The "handler" pipeline of one subscription: rate limiter (outermost, so waiting for a permit is not a failure) →
/// retry with exponential backoff, jitter and a retry budget → circuit breaker (innermost, so it counts every
/// attempt). Registered by name per subscription (<c>handler:{subscription}</c>, see
/// <c>HandlerPipelineServiceCollectionExtensions</c>), so the breaker's state is shared by all its partitions and
/// both its workers.
/// </summary>
public static class HandlerResiliencePipeline
{
    /// <param name="options">The subscription's options: <c>Resilience:handler</c> overridden by <c>Subscriptions:{name}</c>.</param>
    public static void Configure(ResiliencePipelineBuilder builder, SubscriptionOptions options, RetryBudget budget, IErrorClassifier classifier, CircuitStates circuits)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        if (options.RateLimit.PermitsPerSecond > 0)
        {
            builder.AddRateLimiter(new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = options.RateLimit.PermitsPerSecond,
                TokensPerPeriod = options.RateLimit.PermitsPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            }));
        }

        var retry = options.Retry;
        if (retry.InProcessAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = retry.InProcessAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = retry.InProcessBaseDelay,
                MaxDelay = retry.InProcessMaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetryInProcess(args.Outcome.Exception, retry, classifier) && budget.TryWithdraw()),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is TransientEventException { RetryAfter: { } after } ? after : (TimeSpan?)null),
            });
        }

        if (options.CircuitBreaker.Enabled)
        {
            var breaker = options.CircuitBreaker;
            circuits.Set(options.Name, "closed");
            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = breaker.FailureRatio,
                MinimumThroughput = breaker.MinimumThroughput,
                SamplingDuration = breaker.SamplingDuration,
                BreakDuration = breaker.BreakDuration,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex && classifier.Classify(ex) == ErrorKind.Transient),
                OnOpened = _ => Report(circuits, options.Name, "open"),
                OnHalfOpened = _ => Report(circuits, options.Name, "half-open"),
                OnClosed = _ => Report(circuits, options.Name, "closed"),
            });
        }
    }

    /// <summary>
    /// Not worth an in-process retry: permanent errors, an open breaker, or a Retry-After longer than the in-process
    /// delays allow (the retry topic waits for that without blocking the partition).
    /// </summary>
    private static bool ShouldRetryInProcess(Exception? exception, RetryOptions retry, IErrorClassifier classifier) => exception switch
    {
        null or OperationCanceledException => false,
        BrokenCircuitException or IsolatedCircuitException => false,
        TransientEventException { RetryAfter: { } after } when after > retry.InProcessMaxDelay => false,
        _ => classifier.Classify(exception) == ErrorKind.Transient,
    };

    private static ValueTask Report(CircuitStates circuits, string subscription, string state)
    {
        circuits.Set(subscription, state);
        return ValueTask.CompletedTask;
    }
}
