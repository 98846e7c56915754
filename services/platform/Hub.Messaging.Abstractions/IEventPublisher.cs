namespace Hub.Messaging;

/// <summary>
/// Publishes canonical events. The Kafka key is <see cref="IIntegrationEvent.EntityId"/>, so all events of one
/// entity land on one partition in order. The task completes when the broker has acknowledged the write
/// (acks=all) and faults with <see cref="PublishException"/> when it could not be delivered.
/// </summary>
public interface IEventPublisher
{
    Task PublishAsync<TEvent>(string topic, TEvent @event, CancellationToken cancellationToken = default)
        where TEvent : IIntegrationEvent;
}
