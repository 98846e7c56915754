using System.Diagnostics;
using Hub.Messaging.Kafka.Consuming;
using Hub.Messaging.Processing;

namespace Hub.Messaging.Kafka.Pipeline;

/// <summary>
/// One message on its way through the stages of <see cref="ConsumerPipeline"/>: what was read, and how it ended.
/// Whatever a stage decides ends up in the batch's one Redis write (markers, parked counts), never in Redis directly.
/// </summary>
public sealed class MessageContext<TEvent>
    where TEvent : class, IIntegrationEvent
{
    internal MessageContext(DecodedMessage<TEvent> decoded, string eventId, MessageRun<TEvent> run, BatchOutcome batchOutcome, HashSet<string> parkedNow, Activity? activity)
    {
        Decoded = decoded;
        EventId = eventId;
        Run = run;
        BatchOutcome = batchOutcome;
        ParkedNow = parkedNow;
        Activity = activity;
    }

    public DecodedMessage<TEvent> Decoded { get; }

    public InboundMessage Message => Decoded.Message;

    /// <summary>Null when the value could not be decoded (the decode-failure stage dead-letters those).</summary>
    public TEvent? Event => Decoded.Event;

    /// <summary>The dedup identity: the event id, on a replayed dead letter the event id and its replay identity.</summary>
    public string EventId { get; }

    /// <summary>The <c>process</c> span of this message, when tracing listens.</summary>
    public Activity? Activity { get; }

    /// <summary>The scope the handler of this batch was resolved from, for stages that need scoped services.</summary>
    public IServiceProvider Services => Run.Services;

    /// <summary>How the handler call ended; null until the handle stage ran.</summary>
    public HandlingResult? Result { get; internal set; }

    /// <summary>One of <see cref="MessageOutcomes"/> or a stage's own, once a stage has finished the message.</summary>
    public string? Outcome { get; internal set; }

    internal MessageRun<TEvent> Run { get; }

    internal BatchOutcome BatchOutcome { get; }

    /// <summary>Keys parked earlier in this lane of the batch.</summary>
    internal HashSet<string> ParkedNow { get; }

    /// <summary>The retry worker's context for the handler (origin position, attempt); the main worker derives it from the message.</summary>
    internal EventContext? HandlerContext { get; init; }

    /// <summary>Retry worker only: the copy failed again and waits until then.</summary>
    internal DateTimeOffset? HoldUntil { get; set; }

    /// <summary>
    /// Finishes the message without the handler (a filter): marked done like a handled event, so it is not delivered
    /// again, with <paramref name="outcome"/> as its outcome and span tag. Do not call next afterwards.
    /// </summary>
    public void Skip(string outcome)
    {
        Outcome = outcome;
        Activity?.SetTag(MessageOutcomes.Tag, outcome);
        MarkDone();
    }

    internal void MarkDone() => BatchOutcome.Mark(EventId, MarkerState.Done, Run.Lookup.ReplayEpoch);

    /// <summary>A copy is on the retry topic: its key holds back the key's later events, here and in Redis.</summary>
    internal void MarkParked()
    {
        BatchOutcome.Mark(EventId, MarkerState.Parked, Run.Lookup.ReplayEpoch);
        BatchOutcome.ChangeParked(Message.Partition, Message.Key, +1);
        ParkedNow.Add(Message.Key);
    }
}
