using Hub.Connectors.Hosting;

namespace Hub.Connectors.Webhooks;

/// <summary>What handling one subject of a webhook came to. <see cref="Name"/> is the inbound metric's outcome label.</summary>
public sealed record WebhookOutcome
{
    public const string PublishedName = "published";
    public const string RejectedName = "rejected";

    private WebhookOutcome(string name, RejectedRecord? rejection)
    {
        Name = name;
        Rejection = rejection;
    }

    /// <summary>Canonical events were published and acknowledged.</summary>
    public static WebhookOutcome Published { get; } = new(PublishedName, null);

    public string Name { get; }

    /// <summary>What the flow quarantines for a rejected subject.</summary>
    public RejectedRecord? Rejection { get; }

    /// <summary>Acknowledged without publishing, for a reason named by <paramref name="name"/>: "skipped", "echo", "gone".</summary>
    public static WebhookOutcome Ignored(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new(name, null);
    }

    /// <summary>Cannot be mapped, and the sender's retries would fail the same way: quarantined, then acknowledged.</summary>
    public static WebhookOutcome Rejected(RejectedRecord rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        return new(RejectedName, rejection);
    }
}
