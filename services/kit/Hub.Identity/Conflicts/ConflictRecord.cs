using Hub.Messaging;

namespace Hub.Identity;

/// <summary>
/// A change that waits for a person: a non-owning system proposed a new value for a field. Published as JSON on
/// <c>hub.conflicts</c> (keyed by the canonical id) and kept in Redis, where its decision is recorded.
/// Values are text (invariant format, dates ISO 8601) because they are shown to people and re-mapped on accept.
/// </summary>
public sealed record ConflictRecord : IIntegrationEvent
{
    public required string ConflictId { get; init; }

    public required string EntityType { get; init; }

    public required string CanonicalId { get; init; }

    public required string Field { get; init; }

    public string? CurrentValue { get; init; }

    public string? ProposedValue { get; init; }

    public required string ProposingSystem { get; init; }

    public string? OwnerSystem { get; init; }

    public string? Reason { get; init; }

    /// <summary>When the proposing system made the change.</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    public required string CorrelationId { get; init; }

    public ConflictStatus Status { get; init; } = ConflictStatus.Pending;

    public DateTimeOffset RaisedAt { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public string? DecidedBy { get; init; }

    public string? DecisionNote { get; init; }

    string IIntegrationEvent.EventId => ConflictId;

    string IIntegrationEvent.EntityId => CanonicalId;
}
