using Confluent.Kafka;
using Hub.Messaging.Errors;
using Hub.Messaging.Kafka.Pipeline;
using Hub.Messaging.Processing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Messaging.Kafka.Consuming;

/// <summary>
/// The main loop of one subscription: collect a batch → decode → one Redis lookup per partition → partitions in
/// parallel, each in offset order through the stages of <see cref="ConsumerPipeline"/> → one atomic Redis write for the batch → store offsets. The Redis write of a
/// batch overlaps the collecting and decoding of the next one, but the next lookup waits for it, so dedup always
/// sees the previous batch. Offsets are stored only after the Redis write: a crash at any point means redelivery,
/// which dedup turns into a no-op.
/// </summary>
public sealed class SubscriptionWorker<TEvent>(SubscriptionRuntime<TEvent> runtime) : BackgroundService
    where TEvent : class, IIntegrationEvent
{
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(20);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() => RunAsync(stoppingToken), CancellationToken.None);

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var options = runtime.Options;
        // In-flight batches get a grace period at shutdown so handlers are not cut off between effect and checkpoint.
        using var hardStop = new CancellationTokenSource();
        using var registration = stoppingToken.Register(() => hardStop.CancelAfter(ShutdownGrace));
        var replays = runtime.ReplayStore is { } replayStore ? new ReplayCoordinator(replayStore, options.GroupId, runtime.Time, runtime.Logger) : null;
        var status = new InstanceStatusReporter(runtime.InstanceStatus, runtime.Circuits, runtime.Health, runtime.Ownership, options.Name, options.GroupId, runtime.Time, runtime.Logger);
        await using var statusDisposal = status.ConfigureAwait(false);
        PendingCommit? pending = null;
        await ConsumerLoop.RunAsync(
            runtime,
            options.Name,
            options.GroupId,
            options.Topics,
            Forget,
            async consumer =>
            {
                status.Start(consumer);
                while (!stoppingToken.IsCancellationRequested)
                {
                    if (!await PauseGate.HoldWhilePausedAsync(consumer, options.Name, runtime, async () => { await FinishAsync(consumer, pending, replays, hardStop.Token).ConfigureAwait(false); pending = null; }, stoppingToken).ConfigureAwait(false))
                    {
                        continue;
                    }

                    var batch = BatchCollector.Collect(consumer, options.MaxBatchSize, options.PollTimeout, runtime.Logger, stoppingToken);
                    runtime.Health.Polled(options.Name);
                    var decoded = batch.Count == 0 ? [] : await GuardAsync(consumer, "Schema registry", () => DecodeAllAsync(batch, hardStop.Token), hardStop.Token).ConfigureAwait(false);
                    await FinishAsync(consumer, pending, replays, hardStop.Token).ConfigureAwait(false);
                    pending = null;
                    if (replays is not null)
                    {
                        // Messages of a partition rewound just now lie after its new position and will be fetched again.
                        var rewound = await replays.ApplyPendingAsync(consumer).ConfigureAwait(false);
                        decoded = rewound.Count == 0 ? decoded : decoded.Where(d => !rewound.Contains(d.Message.Partition)).ToList();
                    }

                    pending = decoded.Count == 0 ? null : await ProcessAsync(consumer, decoded, replays, hardStop.Token).ConfigureAwait(false);
                }
            },
            async consumer =>
            {
                await status.StopAsync().ConfigureAwait(false);
                await FinishQuietlyAsync(consumer, pending, replays, hardStop.Token).ConfigureAwait(false);
            },
            stoppingToken).ConfigureAwait(false);
    }

    /// <summary>Lookups, handlers, then starts the batch's Redis write without waiting for it.</summary>
    private async Task<PendingCommit> ProcessAsync(IConsumer<byte[]?, byte[]?> consumer, List<DecodedMessage<TEvent>> decoded, ReplayCoordinator? replays, CancellationToken cancellationToken)
    {
        var group = runtime.Options.GroupId;
        var partitions = decoded.GroupBy(d => d.Message.Partition).ToList();
        var lookups = await GuardAsync(
            consumer,
            "Redis",
            async () => await Task.WhenAll(partitions.Select(p => runtime.Store.LookupAsync(group, p.Select(d => d.EventId).ToList(), p.Key, p.Select(d => d.Message.Key).ToList(), cancellationToken))).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);

        var scope = runtime.Services.CreateAsyncScope();
        await using var scopeDisposal = scope.ConfigureAwait(false);
        var handler = runtime.ResolveHandler(scope.ServiceProvider);
        var outcomes = await Task.WhenAll(partitions.Select((p, i) => runtime.Processor.ProcessAsync(p.ToList(), lookups[i], handler, cancellationToken, replays?.ActiveFor(p.Key), scope.ServiceProvider))).ConfigureAwait(false);
        var outcome = new BatchOutcome();
        foreach (var partitionOutcome in outcomes)
        {
            outcome.MergeFrom(partitionOutcome);
        }

        return new PendingCommit(outcome, runtime.Store.CommitAsync(group, outcome, cancellationToken));
    }

    /// <summary>
    /// Waits for the previous batch's Redis write; if Redis failed meanwhile, writes again under the outage guard
    /// (the commit id makes a repeated write harmless). Only then are its offsets stored.
    /// </summary>
    private async Task FinishAsync(IConsumer<byte[]?, byte[]?> consumer, PendingCommit? pending, ReplayCoordinator? replays, CancellationToken cancellationToken)
    {
        if (pending is null)
        {
            return;
        }

        try
        {
            await pending.Write.ConfigureAwait(false);
        }
        catch (DependencyUnavailableException)
        {
            await GuardAsync(consumer, "Redis", async () => { await runtime.Store.CommitAsync(runtime.Options.GroupId, pending.Outcome, cancellationToken).ConfigureAwait(false); return true; }, cancellationToken).ConfigureAwait(false);
        }

        OffsetStore.StoreAfter(consumer, pending.Outcome, runtime.Progress, runtime.Options.GroupId, runtime.Logger);
        if (replays is not null)
        {
            await replays.CompleteReachedAsync(pending.Outcome).ConfigureAwait(false);
        }
    }

    private async Task FinishQuietlyAsync(IConsumer<byte[]?, byte[]?> consumer, PendingCommit? pending, ReplayCoordinator? replays, CancellationToken cancellationToken)
    {
        try
        {
            await FinishAsync(consumer, pending, replays, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or DependencyUnavailableException)
        {
            runtime.Logger.LogWarning("The last batch of {Name} could not be checkpointed before shutdown; it will be redelivered and deduplicated", runtime.Options.Name);
        }
    }

    private Task<T> GuardAsync<T>(IConsumer<byte[]?, byte[]?> consumer, string what, Func<Task<T>> operation, CancellationToken cancellationToken) =>
        runtime.Guard.RunAsync(what, operation, paused => PausedPolling.PollAsync(consumer, paused, runtime), ok => runtime.Health.StoreAvailability(runtime.Options.Name, ok), cancellationToken);

    /// <summary>Partitions decode in parallel (decoding is the CPU-heavy step); each keeps its offset order.</summary>
    private async Task<List<DecodedMessage<TEvent>>> DecodeAllAsync(List<InboundMessage> batch, CancellationToken cancellationToken)
    {
        var perPartition = await Task.WhenAll(batch.GroupBy(m => m.Partition).Select(partition => Task.Run(
            async () =>
            {
                var decoded = new List<DecodedMessage<TEvent>>();
                foreach (var message in partition)
                {
                    decoded.Add(await runtime.Decoder.DecodeAsync(message, cancellationToken).ConfigureAwait(false));
                }

                return decoded;
            },
            cancellationToken))).ConfigureAwait(false);
        return perPartition.SelectMany(p => p).ToList();
    }

    private void Forget(IReadOnlyCollection<TopicPartition> revoked)
    {
        foreach (var partition in revoked)
        {
            runtime.Progress.Forget(runtime.Options.GroupId, new PartitionRef(partition.Topic, partition.Partition.Value));
        }
    }

    private sealed record PendingCommit(BatchOutcome Outcome, Task Write);
}
