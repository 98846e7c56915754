using System.Diagnostics;
using Confluent.Kafka;
using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.Kafka.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Messaging.Kafka.Producing;

/// <summary>
/// Idempotent, acks=all, zstd by default: the broker keeps per-partition order and drops the duplicates that
/// producer retries would otherwise create. Anything set explicitly in the "Kafka:Producer" section wins.
/// </summary>
public sealed class KafkaProducer : IKafkaProducer, IDisposable
{
    private readonly IProducer<byte[]?, byte[]?> _producer;
    private readonly MessagingTelemetry _telemetry;
    private readonly ILogger<KafkaProducer> _logger;
    private readonly TimeSpan _flushTimeout;
    private int _disposed;

    public KafkaProducer(IOptions<KafkaOptions> options, MessagingTelemetry telemetry, ILogger<KafkaProducer> logger)
    {
        _telemetry = telemetry;
        _logger = logger;
        _flushTimeout = options.Value.FlushTimeout;
        _producer = new ProducerBuilder<byte[]?, byte[]?>(BuildConfig(options.Value))
            .SetErrorHandler((_, error) => logger.LogWarning("Kafka producer error {Code}: {Reason}", error.Code, error.Reason))
            .SetLogHandler((_, log) => logger.Log(KafkaLogLevels.From(log.Level), "librdkafka {Facility}: {Message}", log.Facility, log.Message))
            .Build();
    }

    public static ProducerConfig BuildConfig(KafkaOptions options)
    {
        var config = new ProducerConfig(new Dictionary<string, string>(options.Producer));
        config.BootstrapServers ??= options.BootstrapServers;
        config.ClientId ??= options.ServiceName;
        config.EnableIdempotence ??= true;
        config.Acks ??= Acks.All;
        config.CompressionType ??= CompressionType.Zstd;
        config.LingerMs ??= 5;
        return config;
    }

    public async Task<DeliveryResult<byte[]?, byte[]?>> ProduceAsync(string topic, Message<byte[]?, byte[]?> message, CancellationToken cancellationToken)
    {
        message.Headers ??= [];
        using var activity = MessagingTelemetry.ActivitySource.StartActivity($"publish {topic}", ActivityKind.Producer);
        activity?.SetTag(MessagingTags.System, "kafka");
        activity?.SetTag(MessagingTags.Destination, topic);
        activity?.SetTag(MessagingTags.Operation, "send");
        TraceContextHeaders.Inject(activity ?? Activity.Current, message.Headers);
        try
        {
            var result = await _producer.ProduceAsync(topic, message, cancellationToken).ConfigureAwait(false);
            activity?.SetTag(MessagingTags.Partition, result.Partition.Value);
            activity?.SetTag(MessagingTags.Offset, result.Offset.Value);
            _telemetry.Produced.Add(1, new KeyValuePair<string, object?>(MessagingTags.Destination, topic));
            return result;
        }
        catch (ProduceException<byte[]?, byte[]?> ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Error.Reason);
            activity?.SetTag(MessagingTags.ErrorType, ex.Error.Code.ToString());
            throw new PublishException(topic, $"{ex.Error.Code}: {ex.Error.Reason}", ex);
        }
    }

    public int Flush(TimeSpan timeout) => _producer.Flush(timeout);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        var left = _producer.Flush(_flushTimeout);
        if (left > 0)
        {
            _logger.LogError("{Count} messages were still unacknowledged after {Timeout} at shutdown; their publishers saw a failure", left, _flushTimeout);
        }

        _producer.Dispose();
    }
}
