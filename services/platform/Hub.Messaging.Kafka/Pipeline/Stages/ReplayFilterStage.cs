namespace Hub.Messaging.Kafka.Pipeline.Stages;

/// <summary>During a replay with a filter, events in the replayed range that the filter does not select are skipped (not marked).</summary>
internal sealed class ReplayFilterStage<TEvent> : IMessageStage<TEvent>
    where TEvent : class, IIntegrationEvent
{
    public ValueTask InvokeAsync(MessageContext<TEvent> message, MessageStageDelegate<TEvent> next, CancellationToken cancellationToken)
    {
        var replay = message.Run.Replay;
        var inbound = message.Message;
        if (replay is { HasFilter: true } && !replay.Selects(inbound.Offset, inbound.Key, inbound.Headers.GetValueOrDefault(EventHeaders.EventType)))
        {
            message.Outcome = MessageOutcomes.NotSelectedByReplay;
            message.Activity?.SetTag(MessageOutcomes.Tag, MessageOutcomes.NotSelectedByReplay);
            return ValueTask.CompletedTask;
        }

        return next(message, cancellationToken);
    }
}
