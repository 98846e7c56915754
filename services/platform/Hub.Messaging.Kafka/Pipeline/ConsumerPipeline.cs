using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.Kafka.Pipeline.Stages;
using Hub.Messaging.Kafka.Telemetry;

namespace Hub.Messaging.Kafka.Pipeline;

/// <summary>
/// The consumer's stages, in order. Around them the workers keep the batch-level steps that make them fast:
/// collect a batch → decode (per partition in parallel) → one Redis lookup per partition → <b>these stages</b>, per
/// partition in offset order (per key with KeyConcurrency) → one atomic Redis write for the batch → store offsets.
/// A stage decides; what it decides (markers, parked counts) goes into that one write.
/// User stages (<c>AddSubscription(...).UseStage&lt;TStage&gt;()</c>) run, in the order they were added, after the
/// built-in checks and before the handler, on both workers.
/// </summary>
public static class ConsumerPipeline
{
    /// <summary>The main worker, on the subscription's topics.</summary>
    public static IReadOnlyList<IMessageStage<TEvent>> MainTopicStages<TEvent>(PipelineParts parts, IEnumerable<IMessageStage<TEvent>> userStages)
        where TEvent : class, IIntegrationEvent =>
    [
        new ReplayFilterStage<TEvent>(),
        new DedupStage<TEvent>(parts.Telemetry),
        new DecodeFailureStage<TEvent>(parts.Router, parts.Subscription, retryCopies: false),
        new ParkBehindKeyStage<TEvent>(parts.Router, parts.Subscription, parts.Time),
        .. userStages,
        new HandleStage<TEvent>(parts.Invoker, parts.Subscription),
        new RouteStage<TEvent>(parts.Router, parts.Subscription, parts.Telemetry, parts.Time),
    ];

    /// <summary>
    /// The retry worker, one copy at a time. What differs from the main worker: no replay filter and no in-batch dedup
    /// (one copy per run; a replayed dead letter is deduplicated on its replay identity), no park-behind-key (this is
    /// where parked events go), a failure is held for the next attempt or dead-lettered instead of parked, and a
    /// finished copy gives its key back.
    /// </summary>
    public static IReadOnlyList<IMessageStage<TEvent>> RetryTopicStages<TEvent>(PipelineParts parts, IEnumerable<IMessageStage<TEvent>> userStages)
        where TEvent : class, IIntegrationEvent =>
    [
        new RetryDedupStage<TEvent>(parts.Telemetry),
        new DecodeFailureStage<TEvent>(parts.Router, parts.Subscription, retryCopies: true),
        .. userStages,
        new HandleStage<TEvent>(parts.Invoker, parts.Subscription),
        new RetryRouteStage<TEvent>(parts.Router, parts.Subscription, parts.Telemetry, parts.Time),
    ];

    /// <summary>Chains the stages once; running a message through them allocates nothing beyond what the stages do.</summary>
    public static MessageStageDelegate<TEvent> Build<TEvent>(IReadOnlyList<IMessageStage<TEvent>> stages)
        where TEvent : class, IIntegrationEvent
    {
        MessageStageDelegate<TEvent> next = static (_, _) => ValueTask.CompletedTask;
        for (var i = stages.Count - 1; i >= 0; i--)
        {
            var stage = stages[i];
            var following = next;
            next = (message, cancellationToken) => stage.InvokeAsync(message, following, cancellationToken);
        }

        return next;
    }
}
