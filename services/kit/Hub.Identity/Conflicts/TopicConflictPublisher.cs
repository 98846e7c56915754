using Hub.Messaging;

namespace Hub.Identity;

/// <summary>Publishes conflicts to <see cref="Topic"/> through the platform's publisher (keyed by canonical id).</summary>
public sealed class TopicConflictPublisher(IEventPublisher publisher) : IConflictPublisher
{
    public const string Topic = "hub.conflicts";

    public Task PublishAsync(ConflictRecord conflict, CancellationToken cancellationToken = default) =>
        publisher.PublishAsync(Topic, conflict, cancellationToken);
}
