namespace Crm.Sandbox.Webhooks;

/// <summary>One entry of a HubSpot webhook request (the body is a JSON array of these).</summary>
public sealed record HubSpotWebhookEvent
{
    public required long EventId { get; init; }

    public required long SubscriptionId { get; init; }

    public required long PortalId { get; init; }

    public required long AppId { get; init; }

    public required long OccurredAt { get; init; }

    public required string SubscriptionType { get; init; }

    public int AttemptNumber { get; init; }

    public required long ObjectId { get; init; }

    public string? PropertyName { get; init; }

    public string? PropertyValue { get; init; }

    public string ChangeSource { get; init; } = "API";
}
