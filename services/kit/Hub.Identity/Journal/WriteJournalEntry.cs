using Hub.Messaging;

namespace Hub.Identity;

/// <summary>
/// One outbound write a connector made to its system, as published on <c>hub.writes</c> (keyed by the canonical id):
/// which record, which fields with their previous and new values, and the event that caused it. <c>hub revert</c>
/// reads these to plan the writes that put the previous values back (docs/runbooks/release-corrupted-records.md).
/// </summary>
public sealed record WriteJournalEntry : IIntegrationEvent
{
    /// <summary>Derived from the connector and the causing event, so a redelivered event journals the same id.</summary>
    public required string EntryId { get; init; }

    /// <summary>The connector's system name (crm, erp, accounting, legacy): the system that was written.</summary>
    public required string System { get; init; }

    public required string EntityType { get; init; }

    public required string CanonicalId { get; init; }

    /// <summary>The record's id in the written system (a contact id, a partner id, a customer number).</summary>
    public required string RecordId { get; init; }

    /// <summary>The record did not exist before this write: it was created, not changed.</summary>
    public bool Created { get; init; }

    public required IReadOnlyList<JournaledField> Fields { get; init; }

    /// <summary>The event whose handling made the write (a revert's own writes carry the revert request's id).</summary>
    public required string CausingEventId { get; init; }

    public string? CorrelationId { get; init; }

    /// <summary>When the connector made the write (its clock).</summary>
    public required DateTimeOffset WrittenAt { get; init; }

    /// <summary>Set on the writes a revert made, so a later revert can tell them apart from the release's writes.</summary>
    public string? RevertId { get; init; }

    string IIntegrationEvent.EventId => EntryId;

    string IIntegrationEvent.EntityId => CanonicalId;

    DateTimeOffset IIntegrationEvent.OccurredAt => WrittenAt;
}
