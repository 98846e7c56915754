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

    /// <summary>Must outlive the sender's retry schedule (Shopify retries for up to 48 hours).</summary>
    public TimeSpan CompletedTtl { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How long a claim blocks other deliveries of the same id if the claimant dies without releasing it.</summary>
    public TimeSpan ClaimTtl { get; set; } = TimeSpan.FromMinutes(2);
}
