using Confluent.Kafka;
using Hub.Messaging.Kafka.Pipeline;
using Hub.Messaging.Processing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Messaging.Kafka.Consuming;

/// <summary>
/// Consumes the subscription's retry topic. Each copy waits until its not-before time (the partition is paused, not
/// the thread), is retried in place with growing delays, and ends handled or dead-lettered. Retrying in place keeps
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
        Func<TimeSpan, bool, Task> wait = (delay, paused) => PausedPolling.WaitAsync(consumer, delay, paused, runtime);
        Action<bool> report = ok => runtime.Health.StoreAvailability(name, ok);
        var decoded = await runtime.Guard.RunAsync("Schema registry", () => runtime.Decoder.DecodeAsync(message, cancellationToken), wait, report, cancellationToken).ConfigureAwait(false);
        var scope = message.OriginPartition;
        // A dead letter sent back by an operator already has a done marker; it is deduplicated on its replay
        // identity instead, so it is handled once however often the same replay is run.
        var dedupId = message.Headers.TryGetValue(EventHeaders.ReplayOf, out var replayOf) ? $"{decoded.EventId}#{replayOf}" : decoded.EventId;
        var lookup = await runtime.Guard.RunAsync("Redis", () => runtime.Store.LookupAsync(options.GroupId, [dedupId], scope, [], cancellationToken), wait, report, cancellationToken).ConfigureAwait(false);
        var marker = lookup.MarkerOf(dedupId);
        var outcome = new BatchOutcome();
        using var activity = ProcessingActivity.Start(message, options.RetryGroupId, decoded.EventId);
        if (marker != MarkerState.Done)
        {
            var finished = await TryFinishAsync(consumer, decoded, dedupId, lookup, outcome, probeHeldUntil, cancellationToken).ConfigureAwait(false);
            if (!finished)
            {
                return;
            }

            // Only a copy whose park was recorded gives its key back; an orphan copy (crash between produce and the
            // Redis write) never incremented the count.
            if (marker == MarkerState.Parked)
            {
                outcome.ChangeParked(scope, message.Key, -1);
            }
        }
        else
        {
            runtime.Telemetry.Deduplicated.Add(1, Telemetry.MessagingTags.For(scope.Topic, scope.Partition, options.GroupId));
        }

        outcome.Advance(message.Partition, new Checkpoint(message.Offset, decoded.EventTime, runtime.Time.GetUtcNow()));
        await runtime.Guard.RunAsync("Redis", () => runtime.Store.CommitAsync(options.GroupId, outcome, cancellationToken), wait, report, cancellationToken).ConfigureAwait(false);
        _attempts.Remove(message.Result.TopicPartitionOffset);
        _holds.Finished(message.Result.TopicPartitionOffset);
        OffsetStore.StoreAfter(consumer, outcome, runtime.Progress, options.RetryGroupId, runtime.Logger);
    }

    /// <summary>Handles or dead-letters the copy; false when it must wait for another attempt.</summary>
    private async Task<bool> TryFinishAsync(IConsumer<byte[]?, byte[]?> consumer, DecodedMessage<TEvent> decoded, string dedupId, BatchLookup lookup, BatchOutcome outcome, DateTimeOffset? probeHeldUntil, CancellationToken cancellationToken)
    {
        var options = runtime.Options;
        var message = decoded.Message;
        if (decoded.DecodeError is { } decodeError)
        {
            await runtime.Router.DeadLetterAsync(options, message, decodeError, Errors.ErrorKind.Permanent, message.PreviousAttempts, cancellationToken).ConfigureAwait(false);
            outcome.Mark(dedupId, MarkerState.Done, lookup.ReplayEpoch);
            return true;
        }

        var position = message.Result.TopicPartitionOffset;
        var retryAttempt = _attempts.GetValueOrDefault(position) + 1;
        var context = new EventContext
        {
            Topic = message.OriginPartition.Topic,
            Partition = message.OriginPartition.Partition,
            Offset = long.TryParse(message.Headers.GetValueOrDefault(EventHeaders.OriginalOffset), out var offset) ? offset : message.Offset,
            Key = message.Key,
            ConsumerGroup = options.GroupId,
            Headers = message.Headers,
            Attempt = message.PreviousAttempts + retryAttempt,
        };
        await using var scope = runtime.Services.CreateAsyncScope();
        var handler = runtime.ResolveHandler(scope.ServiceProvider);
        var result = await runtime.Invoker.InvokeAsync(handler, decoded.Event!, context, Telemetry.MessagingTags.For(context.Topic, context.Partition, options.GroupId), cancellationToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            runtime.Telemetry.Handled.Add(1, Telemetry.MessagingTags.For(context.Topic, context.Partition, options.GroupId));
            outcome.Mark(dedupId, MarkerState.Done, lookup.ReplayEpoch);
            return true;
        }

        if (result.Kind == Errors.ErrorKind.Permanent || retryAttempt >= options.Retry.RetryTopicAttempts)
        {
            await runtime.Router.DeadLetterAsync(options, message, result.Error!, result.Kind ?? Errors.ErrorKind.Transient, context.Attempt + result.Attempts - 1, cancellationToken).ConfigureAwait(false);
            outcome.Mark(dedupId, MarkerState.Done, lookup.ReplayEpoch);
            return true;
        }

        if (probeHeldUntil is { } heldUntil)
        {
            // A probe that failed: the system is still down; the copy keeps its schedule and its attempts.
            _holds.Hold(consumer, position, heldUntil);
            return false;
        }

        _attempts[position] = retryAttempt;
        _holds.Failed(position);
        _holds.Hold(consumer, position, runtime.Time.GetUtcNow() + RetryDelays.ForRetryTopic(options.Retry, retryAttempt + 1, result.Error));
        return false;
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
