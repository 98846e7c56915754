using Hub.Identity;
using Hub.Messaging;

namespace Hub.Connectors.Hosting.UnitTests;

/// <summary>Stands in for the broker: keeps what the journal and the resolution queue publish.</summary>
internal sealed class RecordingPublishers : IEventPublisher, IConflictPublisher
{
    public List<(string Topic, IIntegrationEvent Event)> Events { get; } = [];

    public List<ConflictRecord> Conflicts { get; } = [];

    public Task PublishAsync<TEvent>(string topic, TEvent @event, CancellationToken cancellationToken = default)
        where TEvent : IIntegrationEvent
    {
        Events.Add((topic, @event));
        return Task.CompletedTask;
    }

    public Task PublishAsync(ConflictRecord conflict, CancellationToken cancellationToken = default)
    {
        Conflicts.Add(conflict);
        return Task.CompletedTask;
    }
}
