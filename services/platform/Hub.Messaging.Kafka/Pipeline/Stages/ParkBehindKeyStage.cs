using Hub.Messaging.Kafka.Configuration;

namespace Hub.Messaging.Kafka.Pipeline.Stages;

/// <summary>
/// Per-key order under retry: while an earlier event of the key waits on the retry topic (per Redis, or parked
/// earlier in this lane of the batch), the event is parked behind it, due at once, without calling the handler.
/// </summary>
internal sealed class ParkBehindKeyStage<TEvent>(FailureRouter router, SubscriptionOptions subscription, TimeProvider time) : IMessageStage<TEvent>
    where TEvent : class, IIntegrationEvent
{
    public ValueTask InvokeAsync(MessageContext<TEvent> message, MessageStageDelegate<TEvent> next, CancellationToken cancellationToken)
    {
        var key = message.Message.Key;
        var parked = subscription.Retry.RetryTopicEnabled && (message.Run.Lookup.IsKeyParked(key) || message.ParkedNow.Contains(key));
        return parked ? ParkAsync(message, cancellationToken) : next(message, cancellationToken);
    }

    private async ValueTask ParkAsync(MessageContext<TEvent> message, CancellationToken cancellationToken)
    {
        message.Outcome = MessageOutcomes.ParkedBehindKey;
        message.Activity?.SetTag(MessageOutcomes.Tag, MessageOutcomes.ParkedBehindKey);
        await router.ParkAsync(subscription, message.Message, "key-parked", null, 0, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        message.MarkParked();
    }
}
