using Confluent.Kafka;
using Hub.SchemaRegistry.Domain;
using Microsoft.Extensions.Options;

namespace Hub.SchemaRegistry.Kafka;

/// <summary>
/// Reads the registry topic from the beginning, marks the store ready once it reached the end it saw at start
/// (the high watermark), then keeps applying new records. Failures are logged with the bootstrap servers and retried.
/// </summary>
internal sealed class KafkaLogReader(KafkaSchemaStore store, IOptions<RegistryOptions> options, TimeProvider time, ILogger<KafkaLogReader> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        // Consume() blocks; keep it off the thread pool.
        Task.Factory.StartNew(() => RunAsync(stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await KafkaTopicInitializer.EnsureTopicAsync(store.BootstrapServers, store.Partition.Topic, options.Value.InitTimeout, logger);
                using var consumer = BuildConsumer();
                var end = QueryEnd(consumer);
                consumer.Assign(new TopicPartitionOffset(store.Partition, Offset.Beginning));
                var applied = CatchUp(consumer, end, stoppingToken);
                if (!store.IsReady)
                {
                    store.MarkReady();
                    logger.LogInformation("Schema registry state rebuilt from {Store}: {Records} records up to offset {End}; ready", store.Description, applied, end);
                }

                while (!stoppingToken.IsCancellationRequested)
                {
                    Apply(consumer.Consume(stoppingToken));
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is KafkaException or TimeoutException)
            {
                logger.LogError("Cannot read the schema registry log {Store} (bootstrap servers {BootstrapServers}): {Reason}; retrying in {Delay}",
                    store.Description, store.BootstrapServers, e.Message, RetryDelay);
                await Task.Delay(RetryDelay, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private IConsumer<string, string?> BuildConsumer() =>
        new ConsumerBuilder<string, string?>(new ConsumerConfig
        {
            BootstrapServers = store.BootstrapServers,
            // Assigned, never subscribed: the id only satisfies the client; no offsets are committed.
            GroupId = $"hub-schema-registry-{Guid.NewGuid():N}",
            EnableAutoCommit = false,
            EnableAutoOffsetStore = false,
            AutoOffsetReset = AutoOffsetReset.Earliest,
            IsolationLevel = IsolationLevel.ReadCommitted,
        })
        .SetLogHandler((_, m) => KafkaLogging.Log(logger, m))
        .SetErrorHandler((_, e) => KafkaLogging.Error(logger, e, store.BootstrapServers))
        .Build();

    private long QueryEnd(IConsumer<string, string?> consumer)
    {
        try
        {
            return consumer.QueryWatermarkOffsets(store.Partition, options.Value.InitTimeout).High.Value;
        }
        catch (KafkaException e) when (e.Error.Code is ErrorCode.UnknownTopicOrPart or ErrorCode.Local_UnknownPartition or ErrorCode.Local_UnknownTopic)
        {
            // Not created yet (brokers that cannot create topics): empty log; the first write creates it.
            return 0;
        }
    }

    private long CatchUp(IConsumer<string, string?> consumer, long end, CancellationToken stoppingToken)
    {
        var deadline = time.GetUtcNow() + options.Value.InitTimeout;
        long applied = 0;
        var next = 0L;
        while (next < end)
        {
            stoppingToken.ThrowIfCancellationRequested();
            var remaining = deadline - time.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException($"reached offset {next} of {end} within {options.Value.InitTimeout}");
            }

            var result = consumer.Consume(remaining < TimeSpan.FromMilliseconds(500) ? remaining : TimeSpan.FromMilliseconds(500));
            if (result is null || result.IsPartitionEOF)
            {
                continue;
            }

            Apply(result);
            applied++;
            next = result.Offset.Value + 1;
        }

        return applied;
    }

    private void Apply(ConsumeResult<string, string?> result)
    {
        try
        {
            if (KafkaRecordCodec.Decode(result.Message.Key, result.Message.Value) is { } record)
            {
                store.State.Apply(record);
            }
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException or Hub.Schemas.InvalidSchemaException)
        {
            // A foreign or corrupt record must not stop the registry from starting.
            logger.LogWarning("Skipping unreadable record at offset {Offset} of {Store}: {Reason}", result.Offset.Value, store.Description, e.Message);
        }

        store.OnApplied(result.Offset.Value);
    }
}
