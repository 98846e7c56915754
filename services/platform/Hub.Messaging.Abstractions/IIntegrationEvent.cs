namespace Hub.Messaging;

/// <summary>
/// The envelope every canonical business event carries. The pipeline relies on these three members:
/// <see cref="EventId"/> for deduplication, <see cref="EntityId"/> as the Kafka key (per-entity order),
/// <see cref="OccurredAt"/> for data-freshness metrics and checkpoints.
/// </summary>
public interface IIntegrationEvent
{
    string EventId { get; }

    string EntityId { get; }

    DateTimeOffset OccurredAt { get; }
}
