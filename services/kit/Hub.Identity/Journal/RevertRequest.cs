using Hub.Messaging;

namespace Hub.Identity;

/// <summary>
/// One record a <c>hub revert</c> asks a connector to put back, published as JSON on <c>hub.reverts</c> (keyed by the
/// canonical id). The connector holds the credentials, so it makes the write, after checking each field still holds
/// what the platform wrote (<see cref="RevertField.Expected"/>).
/// </summary>
public sealed record RevertRequest : IIntegrationEvent
{
    /// <summary>The revert run (one `hub revert --yes`); every record of the run carries it.</summary>
    public required string RevertId { get; init; }

    /// <summary>The written system (crm, erp, accounting, legacy), as <see cref="WriteJournalEntry.System"/>.</summary>
    public required string System { get; init; }

    public required string EntityType { get; init; }

    public required string CanonicalId { get; init; }

    public required string RecordId { get; init; }

    public required IReadOnlyList<RevertField> Fields { get; init; }

    /// <summary>The journal entries whose writes this undoes.</summary>
    public IReadOnlyList<string> EntryIds { get; init; } = [];

    public required string RequestedBy { get; init; }

    public string? Reason { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }

    string IIntegrationEvent.EventId => $"{RevertId}:{System}:{RecordId}";

    string IIntegrationEvent.EntityId => CanonicalId;

    DateTimeOffset IIntegrationEvent.OccurredAt => RequestedAt;
}
