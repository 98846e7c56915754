using Confluent.Kafka;
using Hub.Messaging.Kafka.Pipeline;
using Hub.Messaging.Processing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Messaging.Kafka.Consuming;

/// <summary>
/// The main loop of one subscription: collect a batch → decode → one Redis lookup per partition → partitions in
/// parallel, each in offset order → one Redis transaction for the batch → store offsets. Offsets are never stored
/// before the Redis write, so a crash at any point leads to redelivery, which dedup turns into a no-op.
/// </summary>
public sealed class SubscriptionWorker<TEvent>(SubscriptionRuntime<TEvent> runtime) : BackgroundService
    where TEvent : class, IIntegrationEvent
{
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(20);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() => RunAsync(stoppingToken), CancellationToken.None);

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var options = runtime.Options;
        runtime.Health.Starting(options.Name);
        // In-flight batches get a grace period at shutdown so handlers are not cut off between effect and checkpoint.
        using var hardStop = new CancellationTokenSource();
        using var registration = stoppingToken.Register(() => hardStop.CancelAfter(ShutdownGrace));
        using var consumer = runtime.ConsumerFactory.Create(options.GroupId, revoked => Forget(revoked));
        consumer.Subscribe(options.Topics);
        runtime.Logger.LogInformation("Subscription {Name} consuming {Topics} as group {Group}", options.Name, string.Join(",", options.Topics), options.GroupId);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var batch = BatchCollector.Collect(consumer, options.MaxBatchSize, options.PollTimeout, stoppingToken);
                runtime.Health.Polled(options.Name);
                if (batch.Count > 0)
                {
                    await ProcessBatchAsync(consumer, batch, hardStop.Token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            runtime.Health.Faulted(options.Name, ex);
            runtime.Logger.LogCritical(ex, "Subscription {Name} stopped after an unexpected error; nothing past the last stored offset was acknowledged", options.Name);
            throw;
        }
        finally
        {
            KafkaConsumerFactory.CommitStored(consumer, runtime.Logger);
            consumer.Close();
            runtime.Health.Stopped(options.Name);
        }
    }

    private async Task ProcessBatchAsync(IConsumer<byte[]?, byte[]?> consumer, List<InboundMessage> batch, CancellationToken cancellationToken)
    {
        var name = runtime.Options.Name;
        var group = runtime.Options.GroupId;
        var decoded = await runtime.Guard.RunAsync("Schema registry", () => DecodeAllAsync(batch, cancellationToken), (wait, paused) => PausedPolling.WaitAsync(consumer, wait, paused, runtime), ok => runtime.Health.StoreAvailability(name, ok), cancellationToken).ConfigureAwait(false);
        var partitions = decoded.GroupBy(d => d.Message.Partition).ToList();
        var lookups = await runtime.Guard.RunAsync(
            "Redis",
            async () => await Task.WhenAll(partitions.Select(p => runtime.Store.LookupAsync(group, p.Select(d => d.EventId).ToList(), p.Key, p.Select(d => d.Message.Key).ToList(), cancellationToken))).ConfigureAwait(false),
            (wait, paused) => PausedPolling.WaitAsync(consumer, wait, paused, runtime),
            ok => runtime.Health.StoreAvailability(name, ok),
            cancellationToken).ConfigureAwait(false);

        await using var scope = runtime.Services.CreateAsyncScope();
        var handler = runtime.ResolveHandler(scope.ServiceProvider);
        var outcomes = await Task.WhenAll(partitions.Select((p, i) => runtime.Processor.ProcessAsync(p.ToList(), lookups[i], handler, cancellationToken))).ConfigureAwait(false);
        var outcome = new BatchOutcome();
        foreach (var partitionOutcome in outcomes)
        {
            outcome.MergeFrom(partitionOutcome);
        }

        await runtime.Guard.RunAsync("Redis", () => runtime.Store.CommitAsync(group, outcome, cancellationToken), (wait, paused) => PausedPolling.WaitAsync(consumer, wait, paused, runtime), ok => runtime.Health.StoreAvailability(name, ok), cancellationToken).ConfigureAwait(false);
        OffsetStore.StoreAfter(consumer, outcome, runtime.Progress, group, runtime.Logger);
    }

    private async Task<List<DecodedMessage<TEvent>>> DecodeAllAsync(List<InboundMessage> batch, CancellationToken cancellationToken)
    {
        var result = new List<DecodedMessage<TEvent>>(batch.Count);
        foreach (var message in batch)
        {
            result.Add(await runtime.Decoder.DecodeAsync(message, cancellationToken).ConfigureAwait(false));
        }

        return result;
    }

    private void Forget(IReadOnlyCollection<TopicPartition> revoked)
    {
        foreach (var partition in revoked)
        {
            runtime.Progress.Forget(runtime.Options.GroupId, new PartitionRef(partition.Topic, partition.Partition.Value));
        }
    }
}
