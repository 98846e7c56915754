namespace Hub.Messaging.Errors;

/// <summary>Worth trying again later (target down, throttled, timed out). Retried in process, then via the retry topic.</summary>
public class TransientEventException : Exception
{
    public TransientEventException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    /// <summary>When the failing system said when to come back (HTTP Retry-After), the earliest next attempt.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
