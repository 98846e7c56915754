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

    /// <summary>Subscription id reported on contact.creation events.</summary>
    public long CreationSubscriptionId { get; set; } = 22;

    /// <summary>Subscription id reported on contact.propertyChange events.</summary>
    public long PropertyChangeSubscriptionId { get; set; } = 25;
}
