namespace Crm.Connector.Inbound;

/// <summary>One entry of a HubSpot webhook request body (a JSON array). Webhooks carry ids, not the record.</summary>
public sealed record HubSpotEvent
{
    public long EventId { get; init; }

    public long SubscriptionId { get; init; }

    public long PortalId { get; init; }

    public long AppId { get; init; }

    public long OccurredAt { get; init; }

    public string SubscriptionType { get; init; } = string.Empty;

    public int AttemptNumber { get; init; }

    public long ObjectId { get; init; }

    public string? PropertyName { get; init; }

    public string? PropertyValue { get; init; }

    public string? ChangeSource { get; init; }

    public bool IsContactEvent => SubscriptionType is "contact.creation" or "contact.propertyChange";

    /// <summary>HubSpot documents eventId as not guaranteed unique across objects, so the receipt is per object too.</summary>
    public string DeliveryId => $"{ObjectId}:{EventId}";
}
