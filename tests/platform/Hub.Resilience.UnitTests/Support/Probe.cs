using Hub.Messaging;

namespace Hub.Resilience.UnitTests.Support;

internal sealed record ProbeEvent(string EventId, string EntityId, DateTimeOffset OccurredAt) : IIntegrationEvent;

internal sealed class ProbeHandler : IEventHandler<ProbeEvent>
{
    public Task HandleAsync(ProbeEvent @event, EventContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
