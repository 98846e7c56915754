namespace Hub.Messaging;

/// <summary>
/// Applies one event to the outside world. Dedup, retries, dead-lettering, tracing and checkpoints happen
/// around it in the pipeline; a handler only throws to say it failed
/// (<see cref="Errors.PermanentEventException"/> when retrying cannot help).
/// </summary>
public interface IEventHandler<in TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent @event, EventContext context, CancellationToken cancellationToken);
}
