using Confluent.Kafka;
using Hub.SchemaRegistry.Domain;
using Hub.SchemaRegistry.Storage;
using Microsoft.Extensions.Options;

namespace Hub.SchemaRegistry.Kafka;

/// <summary>
/// Registry state kept in a single-partition Kafka topic. <see cref="KafkaLogReader"/> applies everything it reads;
/// a write is produced and then awaited until the reader has applied it, so the state only ever reflects the log.
/// </summary>
internal sealed class KafkaSchemaStore : ISchemaStore, IDisposable
{
    private readonly IProducer<string, string?> _producer;
    private readonly RegistryOptions _options;
    private readonly TimeProvider _time;
    private TaskCompletionSource _progress = NewSignal();
    private long _appliedOffset = -1;
    private volatile bool _ready;

    public KafkaSchemaStore(IOptions<RegistryOptions> options, IOptions<KafkaConnectionOptions> kafka, TimeProvider time, ILogger<KafkaSchemaStore> logger)
    {
        _options = options.Value;
        _time = time;
        BootstrapServers = kafka.Value.BootstrapServers;
        Partition = new TopicPartition(_options.Topic, new Partition(0));
        var config = new ProducerConfig
        {
            BootstrapServers = BootstrapServers,
            EnableIdempotence = true,
            Acks = Acks.All,
            // Bounded so a dead broker fails the request instead of hanging it.
            MessageTimeoutMs = (int)_options.WriteTimeout.TotalMilliseconds,
            LingerMs = 0,
        };
        _producer = new ProducerBuilder<string, string?>(config)
            .SetLogHandler((_, m) => KafkaLogging.Log(logger, m))
            .SetErrorHandler((_, e) => KafkaLogging.Error(logger, e, BootstrapServers))
            .Build();
    }

    public RegistryState State { get; } = new();

    public bool IsReady => _ready;

    public string BootstrapServers { get; }

    /// <summary>All records live in partition 0, even if the topic was auto-created with more partitions.</summary>
    public TopicPartition Partition { get; }

    public string Description => $"Kafka topic '{_options.Topic}' at {BootstrapServers}";

    public async Task AppendAsync(IReadOnlyList<StoreRecord> records, CancellationToken cancellationToken)
    {
        if (!_ready)
        {
            throw new StoreUnavailableException($"{Description} has not been read to its end yet (is Kafka reachable?)");
        }

        long last = -1;
        foreach (var record in records)
        {
            var (key, value) = KafkaRecordCodec.Encode(record);
            try
            {
                var result = await _producer.ProduceAsync(Partition, new Message<string, string?> { Key = key, Value = value }, cancellationToken)
                    .WaitAsync(_options.WriteTimeout + TimeSpan.FromSeconds(1), _time, cancellationToken);
                last = result.Offset.Value;
            }
            catch (ProduceException<string, string?> e)
            {
                throw new StoreUnavailableException($"writing to {Description} failed: {e.Error.Reason}", e);
            }
            catch (TimeoutException e)
            {
                throw new StoreTimeoutException($"no acknowledgement from {Description} within {_options.WriteTimeout}", e);
            }
        }

        await WaitUntilAppliedAsync(last, cancellationToken);
    }

    /// <summary>Called by the reader for every record, in log order.</summary>
    public void OnApplied(long offset)
    {
        Volatile.Write(ref _appliedOffset, offset);
        Interlocked.Exchange(ref _progress, NewSignal()).TrySetResult();
    }

    public void MarkReady() => _ready = true;

    public void Dispose()
    {
        _producer.Flush(TimeSpan.FromSeconds(2));
        _producer.Dispose();
    }

    private async Task WaitUntilAppliedAsync(long offset, CancellationToken cancellationToken)
    {
        var deadline = _time.GetUtcNow() + _options.WriteTimeout;
        while (true)
        {
            // Take the signal before reading the offset, so an advance between the two cannot be missed.
            var signal = Volatile.Read(ref _progress);
            if (Volatile.Read(ref _appliedOffset) >= offset)
            {
                return;
            }

            var remaining = deadline - _time.GetUtcNow();
            try
            {
                await signal.Task.WaitAsync(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, _time, cancellationToken);
            }
            catch (TimeoutException e)
            {
                throw new StoreTimeoutException($"the write at offset {offset} of {Description} was acknowledged but not read back within {_options.WriteTimeout}", e);
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
