using System.ComponentModel.DataAnnotations;

namespace Hub.Messaging.Kafka.Configuration;

/// <summary>Caps calls into the handler (and so the external system). Waiting callers queue; nothing is rejected.</summary>
public sealed class RateLimitOptions
{
    /// <summary>0 switches the limiter off.</summary>
    [Range(0, 1_000_000)]
    public int PermitsPerSecond { get; set; }
}
