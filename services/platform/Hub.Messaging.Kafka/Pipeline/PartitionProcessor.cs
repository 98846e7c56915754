using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.Kafka.Telemetry;
using Hub.Messaging.Processing;

namespace Hub.Messaging.Kafka.Pipeline;

/// <summary>
/// Runs one partition's share of a batch through the stages of <see cref="ConsumerPipeline"/>, in offset order (or,
/// with <see cref="SubscriptionOptions.KeyConcurrency"/> above 1, in offset order per key with keys overlapping), and
/// collects what has to be written to the processing store.
/// </summary>
public sealed class PartitionProcessor<TEvent>(
    SubscriptionOptions subscription,
    MessageStageDelegate<TEvent> pipeline,
    MessagingTelemetry telemetry,
    TimeProvider time)
    where TEvent : class, IIntegrationEvent
{
    /// <param name="replay">An active replay of this partition: events in its range that its filter does not select are skipped.</param>
    /// <param name="services">The scope <paramref name="handler"/> was resolved from, offered to stages.</param>
    public async Task<BatchOutcome> ProcessAsync(IReadOnlyList<DecodedMessage<TEvent>> messages, BatchLookup lookup, IEventHandler<TEvent> handler, CancellationToken cancellationToken, ReplayRequest? replay = null, IServiceProvider? services = null)
    {
        var outcome = new BatchOutcome();
        if (messages.Count == 0)
        {
            return outcome;
        }

        var first = messages[0].Message;
        var run = new MessageRun<TEvent>(lookup, handler, services ?? NoServices.Instance, MessagingTags.For(first.Result.Topic, first.Result.Partition.Value, subscription.GroupId), replay);
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

    private async Task ProcessInOrderAsync(IEnumerable<DecodedMessage<TEvent>> messages, MessageRun<TEvent> run, BatchOutcome outcome, CancellationToken cancellationToken)
    {
        var parkedNow = new HashSet<string>(StringComparer.Ordinal);
        foreach (var decoded in messages)
        {
            using var activity = ProcessingActivity.Start(decoded.Message, subscription.GroupId, decoded.EventId);
            await pipeline(new MessageContext<TEvent>(decoded, decoded.EventId, run, outcome, parkedNow, activity), cancellationToken).ConfigureAwait(false);
        }
    }
}
