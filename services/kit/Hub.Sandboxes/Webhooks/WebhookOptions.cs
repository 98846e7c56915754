using System.ComponentModel.DataAnnotations;

namespace Hub.Sandboxes;

/// <summary>The "Webhooks" section of a sandbox that sends webhooks.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>The connector's webhook endpoint; empty = webhooks are recorded but not sent.</summary>
    public Uri? TargetUrl { get; set; }

    /// <summary>The shared secret the sandbox signs with (the connector verifies with the same).</summary>
    public string Secret { get; set; } = "sandbox-secret";

    /// <summary>Attempts per delivery while the receiver fails (vendors retry for hours; sandboxes briefly).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
