using Hub.Contracts;
using Hub.Messaging;
using Hub.Messaging.TestApp;

namespace Hub.Reliability.IntegrationTests.Support;

/// <summary>Applies a canonical Avro event to the idempotent effect log, as the recording handler does for test events.</summary>
public sealed class CustomerEffectHandler(EffectLog log) : IEventHandler<CustomerUpserted>
{
    public Task HandleAsync(CustomerUpserted @event, EventContext context, CancellationToken cancellationToken) =>
        log.ApplyAsync(context.IdempotencyKey, $"{@event.Envelope.EntityId}:0:{@event.Envelope.EventId}");
}
