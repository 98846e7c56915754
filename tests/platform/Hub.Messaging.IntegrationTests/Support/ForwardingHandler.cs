using Hub.Messaging.TestApp;

namespace Hub.Messaging.IntegrationTests.Support;

/// <summary>A connector hop: handles an event by publishing a follow-up event to the next topic.</summary>
public sealed class ForwardingHandler(IEventPublisher publisher, ForwardingTarget target) : IEventHandler<TestEvent>
{
    public Task HandleAsync(TestEvent @event, EventContext context, CancellationToken cancellationToken) =>
        publisher.PublishAsync(target.Topic, TestEvent.Create(@event.EntityId, @event.Sequence + 1), cancellationToken);
}
