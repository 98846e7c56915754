using Hub.Messaging.Errors;
using Hub.Messaging.Kafka.Configuration;

namespace Hub.Messaging.Kafka.Pipeline;

/// <summary>Exponential delays with full jitter for retry-topic attempts; a Retry-After from the target wins when longer.</summary>
public static class RetryDelays
{
    public static TimeSpan ForRetryTopic(RetryOptions options, int attempt, Exception? error)
    {
        var exponent = Math.Min(attempt - 1, 30);
        var ceiling = Math.Min(options.RetryTopicMaxDelay.TotalMilliseconds, options.RetryTopicBaseDelay.TotalMilliseconds * Math.Pow(2, exponent));
        // Half fixed, half random: spreads retries of many parked events without ever retrying immediately.
        var delay = TimeSpan.FromMilliseconds((ceiling / 2) + (Random.Shared.NextDouble() * ceiling / 2));
        return error is TransientEventException { RetryAfter: { } after } && after > delay ? after : delay;
    }
}
