using Hub.Contracts;
using Hub.Messaging;

namespace Hub.Connectors.Hosting;

/// <summary>
/// Publishes canonical events to their declared topic (<see cref="CanonicalTopics"/>): inbound code says what it
/// observed, the declaration says where that goes.
/// </summary>
public sealed class CanonicalEventPublisher(IEventPublisher publisher, CanonicalTopics topics)
{
    /// <summary>Completes when the broker acknowledged the write (see <see cref="IEventPublisher"/>).</summary>
    public Task PublishAsync<TEvent>(TEvent @event, CancellationToken cancellationToken = default)
        where TEvent : class, ICanonicalEvent =>
        publisher.PublishAsync(topics.Of<TEvent>(), @event, cancellationToken);
}
