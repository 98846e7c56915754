using Hub.Messaging.Kafka.Configuration;

namespace Hub.Messaging.Kafka.Pipeline.Stages;

/// <summary>
/// Calls the handler inside the subscription's resilience pipeline (rate limiter → retry → circuit breaker, see
/// <see cref="HandlerInvoker"/>) and leaves the result on the message for the route stage after it.
/// </summary>
internal sealed class HandleStage<TEvent>(HandlerInvoker invoker, SubscriptionOptions subscription) : IMessageStage<TEvent>
    where TEvent : class, IIntegrationEvent
{
    public async ValueTask InvokeAsync(MessageContext<TEvent> message, MessageStageDelegate<TEvent> next, CancellationToken cancellationToken)
    {
        var context = message.HandlerContext ?? ContextOf(message);
        message.Result = await invoker.InvokeAsync(message.Run.Handler, message.Event!, context, message.Run.Tags, cancellationToken).ConfigureAwait(false);
        await next(message, cancellationToken).ConfigureAwait(false);
    }

    private EventContext ContextOf(MessageContext<TEvent> message)
    {
        var inbound = message.Message;
        return new EventContext
        {
            Topic = inbound.Result.Topic,
            Partition = inbound.Result.Partition.Value,
            Offset = inbound.Offset,
            Key = inbound.Key,
            ConsumerGroup = subscription.GroupId,
            Headers = inbound.Headers,
        };
    }
}
