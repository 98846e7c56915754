using System.Collections.Concurrent;
using System.Diagnostics;
using Hub.Messaging.Errors;
using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.Kafka.Telemetry;
using Hub.Messaging.Processing;

namespace Hub.Messaging.Kafka.Pipeline;

/// <summary>
/// Runs one partition's share of a batch through dedup → park check → handler, in offset order (or, with
/// <see cref="SubscriptionOptions.KeyConcurrency"/> above 1, in offset order per key with keys overlapping), and
/// records what has to be written to the processing store. Per-key order: once an event of key K is parked on the
/// retry topic, every later event of K is parked behind it (not handled) until the retry consumer has finished the
/// earlier ones.
/// </summary>
public sealed class PartitionProcessor<TEvent>(
    SubscriptionOptions subscription,
    HandlerInvoker invoker,
    FailureRouter router,
    MessagingTelemetry telemetry,
    TimeProvider time)
    where TEvent : class, IIntegrationEvent
{
    /// <param name="replay">An active replay of this partition: events in its range that its filter does not select are skipped.</param>
    public async Task<BatchOutcome> ProcessAsync(IReadOnlyList<DecodedMessage<TEvent>> messages, BatchLookup lookup, IEventHandler<TEvent> handler, CancellationToken cancellationToken, ReplayRequest? replay = null)
    {
        var outcome = new BatchOutcome();
        if (messages.Count == 0)
        {
            return outcome;
        }

        var first = messages[0].Message;
        var run = new PartitionRun(lookup, handler, replay, MessagingTags.For(first.Result.Topic, first.Result.Partition.Value, subscription.GroupId));
        telemetry.Consumed.Add(messages.Count, run.Tags);
        if (subscription.KeyConcurrency <= 1)
        {
            await ProcessInOrderAsync(messages, run, outcome, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            // One lane per key, in offset order within the lane; lanes overlap up to KeyConcurrency.
            var lanes = messages.GroupBy(m => m.Message.Key, StringComparer.Ordinal).Select(g => g.ToList()).ToList();
            var laneOutcomes = lanes.Select(_ => new BatchOutcome()).ToArray();
            await Parallel.ForEachAsync(
                Enumerable.Range(0, lanes.Count),
                new ParallelOptions { MaxDegreeOfParallelism = subscription.KeyConcurrency, CancellationToken = cancellationToken },
                async (lane, token) => await ProcessInOrderAsync(lanes[lane], run, laneOutcomes[lane], token).ConfigureAwait(false)).ConfigureAwait(false);
            foreach (var laneOutcome in laneOutcomes)
            {
                outcome.MergeFrom(laneOutcome);
            }
        }

        // Every message of the batch is finished, so the last one is the partition's checkpoint.
        var last = messages[^1];
        outcome.Advance(last.Message.Partition, new Checkpoint(last.Message.Offset, last.EventTime, time.GetUtcNow()));
        return outcome;
    }

    private async Task ProcessInOrderAsync(IEnumerable<DecodedMessage<TEvent>> messages, PartitionRun run, BatchOutcome outcome, CancellationToken cancellationToken)
    {
        var parkedNow = new HashSet<string>(StringComparer.Ordinal);
        var lookup = run.Lookup;
        foreach (var decoded in messages)
        {
            var message = decoded.Message;
            using var activity = ProcessingActivity.Start(message, subscription.GroupId, decoded.EventId);
            var eventId = decoded.EventId;
            if (run.Replay is { HasFilter: true } && !run.Replay.Selects(message.Offset, message.Key, message.Headers.GetValueOrDefault(EventHeaders.EventType)))
            {
                activity?.SetTag("hub.outcome", "not-selected-by-replay");
            }
            else if (lookup.MarkerOf(eventId) != MarkerState.None || !run.Seen.TryAdd(eventId, 0))
            {
                activity?.SetTag("hub.outcome", "duplicate");
                telemetry.Deduplicated.Add(1, run.Tags);
            }
            else if (decoded.DecodeError is { } decodeError)
            {
                activity?.SetStatus(ActivityStatusCode.Error, decodeError.Message);
                await router.DeadLetterAsync(subscription, message, decodeError, ErrorKind.Permanent, 1, cancellationToken).ConfigureAwait(false);
                outcome.Mark(eventId, MarkerState.Done, lookup.ReplayEpoch);
            }
            else if (subscription.Retry.RetryTopicEnabled && (lookup.IsKeyParked(message.Key) || parkedNow.Contains(message.Key)))
            {
                activity?.SetTag("hub.outcome", "parked-behind-key");
                await ParkAsync(message, "key-parked", null, 0, time.GetUtcNow(), outcome, lookup, eventId, parkedNow, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var context = new EventContext
                {
                    Topic = message.Result.Topic,
                    Partition = message.Result.Partition.Value,
                    Offset = message.Offset,
                    Key = message.Key,
                    ConsumerGroup = subscription.GroupId,
                    Headers = message.Headers,
                };
                var result = await invoker.InvokeAsync(run.Handler, decoded.Event!, context, run.Tags, cancellationToken).ConfigureAwait(false);
                await RouteAsync(decoded, result, outcome, lookup, parkedNow, activity, run.Tags, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task RouteAsync(DecodedMessage<TEvent> decoded, HandlingResult result, BatchOutcome outcome, BatchLookup lookup, HashSet<string> parkedNow, Activity? activity, TagList tags, CancellationToken cancellationToken)
    {
        var message = decoded.Message;
        if (result.Succeeded)
        {
            activity?.SetTag("hub.outcome", "handled");
            outcome.Mark(decoded.EventId, MarkerState.Done, lookup.ReplayEpoch);
            telemetry.Handled.Add(1, tags);
            telemetry.EndToEndLatency.Record((time.GetUtcNow() - message.Timestamp).TotalSeconds, tags);
            return;
        }

        activity?.SetStatus(ActivityStatusCode.Error, result.Error!.Message);
        if (result.Kind == ErrorKind.Permanent || !subscription.Retry.RetryTopicEnabled)
        {
            activity?.SetTag("hub.outcome", "dead-lettered");
            await router.DeadLetterAsync(subscription, message, result.Error!, result.Kind ?? ErrorKind.Transient, result.Attempts, cancellationToken).ConfigureAwait(false);
            outcome.Mark(decoded.EventId, MarkerState.Done, lookup.ReplayEpoch);
            return;
        }

        activity?.SetTag("hub.outcome", "parked");
        var delay = RetryDelays.ForRetryTopic(subscription.Retry, 1, result.Error);
        await ParkAsync(message, "failed", result.Error, result.Attempts, time.GetUtcNow() + delay, outcome, lookup, decoded.EventId, parkedNow, cancellationToken).ConfigureAwait(false);
    }

    private async Task ParkAsync(Consuming.InboundMessage message, string reason, Exception? error, int attempts, DateTimeOffset notBefore, BatchOutcome outcome, BatchLookup lookup, string eventId, HashSet<string> parkedNow, CancellationToken cancellationToken)
    {
        await router.ParkAsync(subscription, message, reason, error, attempts, notBefore, cancellationToken).ConfigureAwait(false);
        outcome.Mark(eventId, MarkerState.Parked, lookup.ReplayEpoch);
        outcome.ChangeParked(message.Partition, message.Key, +1);
        parkedNow.Add(message.Key);
    }

    /// <summary>What every lane of one partition's batch shares; <see cref="Seen"/> catches an event id twice in one batch.</summary>
    private sealed record PartitionRun(BatchLookup Lookup, IEventHandler<TEvent> Handler, ReplayRequest? Replay, TagList Tags)
    {
        public ConcurrentDictionary<string, byte> Seen { get; } = new(StringComparer.Ordinal);
    }
}
