using Hub.Contracts;
using Microsoft.Extensions.Options;

namespace Hub.Connectors.Hosting;

/// <summary>
/// Fills the canonical envelope of events this connector publishes: source system from Connector:SourceSystem, UTC
/// occurred-at, the correlation id carried over from the cause (or a new business transaction started here).
/// </summary>
public sealed class EnvelopeFactory(IOptions<ConnectorOptions> options)
{
    public string SourceSystem => options.Value.SourceSystem;

    /// <summary>The envelope of an event observed in this connector's system (a webhook, a polled change, a file row).</summary>
    /// <param name="schemaVersion">The event class's ContractVersion, e.g. CustomerUpserted.ContractVersion.</param>
    /// <param name="correlationId">The business transaction's id when known; else the event starts one (its own id).</param>
    public Envelope Observed(int schemaVersion, Guid eventId, string entityId, string sourceRecordId, DateTimeOffset occurredAt, string? correlationId = null) => new()
    {
        SchemaVersion = schemaVersion,
        EventId = eventId,
        EntityId = entityId,
        SourceSystem = SourceSystem,
        SourceRecordId = sourceRecordId,
        OccurredAt = occurredAt.ToUniversalTime(),
        CorrelationId = string.IsNullOrEmpty(correlationId) ? eventId.ToString() : correlationId,
    };

    /// <summary>The envelope of an event caused by another canonical event (same correlation, causation = the cause).</summary>
    public Envelope CausedBy(int schemaVersion, Envelope cause, Guid eventId, string entityId, string sourceRecordId, DateTimeOffset occurredAt) => new()
    {
        SchemaVersion = schemaVersion,
        EventId = eventId,
        EntityId = entityId,
        SourceSystem = SourceSystem,
        SourceRecordId = sourceRecordId,
        OccurredAt = occurredAt.ToUniversalTime(),
        CorrelationId = cause.CorrelationId,
        CausationId = cause.EventId.ToString(),
    };
}
