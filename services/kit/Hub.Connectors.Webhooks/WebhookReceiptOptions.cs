using System.ComponentModel.DataAnnotations;

namespace Hub.Connectors.Webhooks;

/// <summary>The "WebhookReceipts" section.</summary>
public sealed class WebhookReceiptOptions
{
    public const string SectionName = "WebhookReceipts";

    /// <summary>StackExchange.Redis configuration string; empty means the "Redis:Configuration" setting.</summary>
    public string? RedisConfiguration { get; set; }

    [Required]
    public string KeyPrefix { get; set; } = "hub";

    /// <summary>Must outlive the sender's retry schedule (Shopify retries for up to 48 hours). Default 3 days.</summary>
    public TimeSpan CompletedTtl { get; set; } = TimeSpan.FromDays(3);

    /// <summary>
    /// Lease of a claim, renewed every <see cref="RenewInterval"/> while its request runs. It bounds how long a
    /// claim whose release could not be written (Redis down at that moment) holds other instances' deliveries of the
    /// same id; they get 503 with Retry-After meanwhile, never a duplicate answer. Default 30 s.
    /// </summary>
    public TimeSpan ClaimTtl { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often live claims are renewed, pending releases retried and this instance's heartbeat written (the
    /// heartbeat lives three intervals: a claim of an instance without one is taken over at once). Default 5 s.
    /// </summary>
    public TimeSpan RenewInterval { get; set; } = TimeSpan.FromSeconds(5);
}
