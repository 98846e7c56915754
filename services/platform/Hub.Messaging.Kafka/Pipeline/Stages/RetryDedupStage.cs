using Hub.Messaging.Kafka.Telemetry;
using Hub.Messaging.Processing;

namespace Hub.Messaging.Kafka.Pipeline.Stages;

/// <summary>
/// The retry worker's dedup: a copy whose event is already done is skipped. A parked marker is expected (it is what
/// sent the copy here) and does not skip. When the rest of the pipeline finishes a copy whose park was recorded, the
/// copy gives its key back (parked count −1); an orphan copy (crash between produce and the Redis write) never
/// incremented the count, so it does not decrement it.
/// </summary>
internal sealed class RetryDedupStage<TEvent>(MessagingTelemetry telemetry) : IMessageStage<TEvent>
    where TEvent : class, IIntegrationEvent
{
    public async ValueTask InvokeAsync(MessageContext<TEvent> message, MessageStageDelegate<TEvent> next, CancellationToken cancellationToken)
    {
        var marker = message.Run.Lookup.MarkerOf(message.EventId);
        if (marker == MarkerState.Done)
        {
            message.Outcome = MessageOutcomes.Duplicate;
            telemetry.Deduplicated.Add(1, message.Run.Tags);
            return;
        }

        await next(message, cancellationToken).ConfigureAwait(false);
        if (marker == MarkerState.Parked && message.HoldUntil is null)
        {
            message.BatchOutcome.ChangeParked(message.Message.OriginPartition, message.Message.Key, -1);
        }
    }
}
