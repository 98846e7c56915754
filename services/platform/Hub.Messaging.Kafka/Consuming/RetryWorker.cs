using Confluent.Kafka;
using Hub.Messaging.Kafka.Pipeline;
using Hub.Messaging.Processing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Messaging.Kafka.Consuming;

/// <summary>
/// Consumes the subscription's retry topic. Each copy waits until its not-before time (the partition is paused, not
/// the thread), goes through the retry stages of <see cref="ConsumerPipeline"/> (retried in place with growing
/// delays), and ends handled or dead-lettered. Retrying in place keeps
/// the copies of one key in order; the price is that one stubborn event delays the others on its retry partition.
/// After an outage of the external system the held partitions are released at the first success (see
/// <see cref="RetryHolds"/>), so the backlog drains at the handler's pace instead of at each copy's retry time.
/// </summary>
public sealed class RetryWorker<TEvent>(SubscriptionRuntime<TEvent> runtime) : BackgroundService
    where TEvent : class, IIntegrationEvent
{
    private readonly Dictionary<TopicPartitionOffset, int> _attempts = new();
    private readonly RetryHolds _holds = new(runtime.Recovery, runtime.Time, runtime.Options.Retry.ReleaseProbeInterval);
    private RetryBacklog<TEvent>? _backlog;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() => RunAsync(stoppingToken), CancellationToken.None);

    private Task RunAsync(CancellationToken stoppingToken)
    {
        var options = runtime.Options;
        var name = $"{options.Name}.retry";
        return ConsumerLoop.RunAsync(
            runtime,
            name,
            options.RetryGroupId,
            [options.RetryTopicName],
            Release,
            async consumer =>
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    if (!await PauseGate.HoldWhilePausedAsync(consumer, name, runtime, () => Task.CompletedTask, stoppingToken).ConfigureAwait(false))
                    {
                        continue;
                    }

                    _holds.ResumeDue(consumer);
                    var result = TolerantPoll.Consume(consumer, options.PollTimeout, runtime.Logger);
                    runtime.Health.Polled(name);
                    (_backlog ??= new RetryBacklog<TEvent>(runtime, _holds)).Report(consumer, name);
                    if (result is null || result.IsPartitionEOF)
                    {
                        continue;
                    }

                    var message = new InboundMessage(result);
                    if (message.HeaderTime(EventHeaders.NotBefore) is { } notBefore && notBefore > runtime.Time.GetUtcNow() && !_holds.MayTryEarly(message))
                    {
                        _holds.Hold(consumer, message.Result.TopicPartitionOffset, notBefore);
                        continue;
                    }

                    var probeHeldUntil = _holds.EndProbe(message.Result.TopicPartition);
                    await ProcessAsync(consumer, message, name, probeHeldUntil, stoppingToken).ConfigureAwait(false);
                }
            },
            _ => Task.CompletedTask,
            stoppingToken);
    }

    private async Task ProcessAsync(IConsumer<byte[]?, byte[]?> consumer, InboundMessage message, string name, DateTimeOffset? probeHeldUntil, CancellationToken cancellationToken)
    {
        var options = runtime.Options;
        Func<bool, Task> wait = paused => PausedPolling.PollAsync(consumer, paused, runtime);
        Action<bool> report = ok => runtime.Health.StoreAvailability(name, ok);
        var decoded = await runtime.Guard.RunAsync("Schema registry", () => runtime.Decoder.DecodeAsync(message, cancellationToken), wait, report, cancellationToken).ConfigureAwait(false);
        var origin = message.OriginPartition;
        // A dead letter sent back by an operator already has a done marker; it is deduplicated on its replay
        // identity instead, so it is handled once however often the same replay is run.
        var dedupId = message.Headers.TryGetValue(EventHeaders.ReplayOf, out var replayOf) ? $"{decoded.EventId}#{replayOf}" : decoded.EventId;
        var lookup = await runtime.Guard.RunAsync("Redis", () => runtime.Store.LookupAsync(options.GroupId, [dedupId], origin, [], cancellationToken), wait, report, cancellationToken).ConfigureAwait(false);
        var position = message.Result.TopicPartitionOffset;
        var retryAttempt = _attempts.GetValueOrDefault(position) + 1;
        var outcome = new BatchOutcome();
        using var activity = ProcessingActivity.Start(message, options.RetryGroupId, decoded.EventId);
        var scope = runtime.Services.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var run = new MessageRun<TEvent>(lookup, runtime.ResolveHandler(scope.ServiceProvider), scope.ServiceProvider, Telemetry.MessagingTags.For(origin.Topic, origin.Partition, options.GroupId), null);
            var copy = new MessageContext<TEvent>(decoded, dedupId, run, outcome, [], activity) { HandlerContext = HandlerContextOf(message, retryAttempt) };
            await runtime.RetryPipeline(copy, cancellationToken).ConfigureAwait(false);
            if (copy.HoldUntil is { } holdUntil)
            {
                Hold(consumer, position, retryAttempt, probeHeldUntil, holdUntil);
                return;
            }
        }

        outcome.Advance(message.Partition, new Checkpoint(message.Offset, decoded.EventTime, runtime.Time.GetUtcNow()));
        await runtime.Guard.RunAsync("Redis", () => runtime.Store.CommitAsync(options.GroupId, outcome, cancellationToken), wait, report, cancellationToken).ConfigureAwait(false);
        _attempts.Remove(position);
        _holds.Finished(position);
        OffsetStore.StoreAfter(consumer, outcome, runtime.Progress, options.RetryGroupId, runtime.Logger);
    }

    private EventContext HandlerContextOf(InboundMessage message, int retryAttempt) => new()
    {
        Topic = message.OriginPartition.Topic,
        Partition = message.OriginPartition.Partition,
        Offset = long.TryParse(message.Headers.GetValueOrDefault(EventHeaders.OriginalOffset), out var offset) ? offset : message.Offset,
        Key = message.Key,
        ConsumerGroup = runtime.Options.GroupId,
        Headers = message.Headers,
        Attempt = message.PreviousAttempts + retryAttempt,
    };

    /// <summary>The copy failed again and waits on its paused partition.</summary>
    private void Hold(IConsumer<byte[]?, byte[]?> consumer, TopicPartitionOffset position, int retryAttempt, DateTimeOffset? probeHeldUntil, DateTimeOffset holdUntil)
    {
        if (probeHeldUntil is { } heldUntil)
        {
            // A probe that failed: the system is still down; the copy keeps its schedule and its attempts.
            _holds.Hold(consumer, position, heldUntil);
            return;
        }

        _attempts[position] = retryAttempt;
        _holds.Failed(position);
        _holds.Hold(consumer, position, holdUntil);
    }

    private void Release(IReadOnlyCollection<TopicPartition> revoked)
    {
        foreach (var partition in revoked)
        {
            _holds.Forget(partition);
            runtime.Progress.Forget(runtime.Options.RetryGroupId, new PartitionRef(partition.Topic, partition.Partition.Value));
        }
    }
}
