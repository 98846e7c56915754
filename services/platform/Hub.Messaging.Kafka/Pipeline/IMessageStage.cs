namespace Hub.Messaging.Kafka.Pipeline;

/// <summary>
/// One step of a subscription's per-message pipeline (<see cref="ConsumerPipeline"/>). A stage either calls
/// <paramref name="next"/> (and may act before and after it, e.g. an audit that reads
/// <see cref="MessageContext{TEvent}.Outcome"/> once it returns) or finishes the message itself without calling it
/// (e.g. a filter that calls <see cref="MessageContext{TEvent}.Skip"/>). Stages are created once per subscription
/// and called concurrently for different partitions and keys, so they keep no per-message state in fields.
/// A stage must not throw: an exception stops the worker and the batch is redelivered; failures of the external
/// system belong in the handler, where they are retried and routed.
/// </summary>
public interface IMessageStage<TEvent>
    where TEvent : class, IIntegrationEvent
{
    ValueTask InvokeAsync(MessageContext<TEvent> message, MessageStageDelegate<TEvent> next, CancellationToken cancellationToken);
}
