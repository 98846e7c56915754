using Hub.Messaging.Kafka.Telemetry;
using Hub.Messaging.Processing;

namespace Hub.Messaging.Kafka.Pipeline.Stages;

/// <summary>
/// Skips an event that has a marker (done or parked) in the batch's lookup, or that came earlier in the same batch.
/// The existing marker stays as it is.
/// </summary>
internal sealed class DedupStage<TEvent>(MessagingTelemetry telemetry) : IMessageStage<TEvent>
    where TEvent : class, IIntegrationEvent
{
    public ValueTask InvokeAsync(MessageContext<TEvent> message, MessageStageDelegate<TEvent> next, CancellationToken cancellationToken)
    {
        var run = message.Run;
        if (run.Lookup.MarkerOf(message.EventId) != MarkerState.None || !run.Seen.TryAdd(message.EventId, 0))
        {
            message.Outcome = MessageOutcomes.Duplicate;
            message.Activity?.SetTag(MessageOutcomes.Tag, MessageOutcomes.Duplicate);
            telemetry.Deduplicated.Add(1, run.Tags);
            return ValueTask.CompletedTask;
        }

        return next(message, cancellationToken);
    }
}
