using System.ComponentModel.DataAnnotations;

namespace Crm.Sandbox;

/// <summary>The "Crm" section: the account the sandbox plays. The webhook target and signing secret are in "Webhooks".</summary>
public sealed class CrmSandboxOptions
{
    public const string SectionName = "Crm";

    /// <summary>Bearer token the API requires (private app access token); empty accepts any caller.</summary>
    public string? AccessToken { get; set; }

    [Range(1, long.MaxValue)]
    public long PortalId { get; set; } = 62515;

    [Range(1, long.MaxValue)]
    public long AppId { get; set; } = 1160452;

    /// <summary>
    /// The rolling rate-limit window reported in X-HubSpot-RateLimit-Interval-Milliseconds. HubSpot's is ten seconds;
    /// tests shorten it to keep a 429 back-off quick while still proving the connector waits for it.
    /// </summary>
    [Range(100, 60_000)]
    public int RateLimitIntervalMilliseconds { get; set; } = 10_000;

    /// <summary>Subscription id reported on contact.creation events.</summary>
    public long CreationSubscriptionId { get; set; } = 22;

    /// <summary>Subscription id reported on contact.propertyChange events.</summary>
    public long PropertyChangeSubscriptionId { get; set; } = 25;
}
