using Confluent.Kafka;
using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.Kafka.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Messaging.Kafka.Consuming;

/// <summary>
/// Consumers for subscriptions: KIP-848 group protocol, offsets stored by the pipeline only after Redis recorded the
/// work (enable.auto.offset.store=false) and committed in the background and on every revoke and shutdown.
/// </summary>
public sealed class KafkaConsumerFactory(IOptions<KafkaOptions> options, CheckpointResumer resumer, ILoggerFactory loggers)
{
    public static ConsumerConfig BuildConfig(KafkaOptions options, string groupId)
    {
        var config = new ConsumerConfig(new Dictionary<string, string>(options.Consumer))
        {
            GroupId = groupId,
            EnableAutoOffsetStore = false,
        };
        config.BootstrapServers ??= options.BootstrapServers;
        config.ClientId ??= $"{options.ServiceName}-{groupId}";
        config.EnableAutoCommit ??= true;
        config.AutoCommitIntervalMs ??= 1000;
        config.AutoOffsetReset ??= AutoOffsetReset.Earliest;
        config.GroupProtocol ??= GroupProtocol.Consumer;
        // A retry topic may be created after its worker subscribed (first park on a cluster that auto-creates);
        // librdkafka's default 5-minute refresh would leave parked events unnoticed that long.
        config.TopicMetadataRefreshIntervalMs ??= 10_000;
        if (config.GroupProtocol == GroupProtocol.Classic)
        {
            config.PartitionAssignmentStrategy ??= PartitionAssignmentStrategy.CooperativeSticky;
        }

        return config;
    }

    public IConsumer<byte[]?, byte[]?> Create(string groupId, Action<IReadOnlyCollection<TopicPartition>> onRevoked)
    {
        var logger = loggers.CreateLogger($"Hub.Messaging.Kafka.Consumer.{groupId}");
        return new ConsumerBuilder<byte[]?, byte[]?>(BuildConfig(options.Value, groupId))
            .SetPartitionsAssignedHandler((consumer, partitions) => resumer.StartingOffsets(consumer, groupId, partitions))
            .SetPartitionsRevokedHandler((consumer, partitions) =>
            {
                CommitStored(consumer, logger);
                onRevoked(partitions.Select(p => p.TopicPartition).ToList());
            })
            .SetPartitionsLostHandler((_, partitions) => onRevoked(partitions.Select(p => p.TopicPartition).ToList()))
            .SetErrorHandler((_, error) => logger.Log(error.IsFatal ? LogLevel.Critical : LogLevel.Warning, "Kafka consumer error {Code}: {Reason}", error.Code, error.Reason))
            .SetLogHandler((_, log) => logger.Log(KafkaLogLevels.From(log.Level), "librdkafka {Facility}: {Message}", log.Facility, log.Message))
            .Build();
    }

    /// <summary>Commits what the pipeline has stored; failing to is safe (redelivery is deduplicated) but worth a log line.</summary>
    public static void CommitStored(IConsumer<byte[]?, byte[]?> consumer, ILogger logger)
    {
        try
        {
            consumer.Commit();
        }
        catch (KafkaException ex) when (ex.Error.Code is ErrorCode.Local_NoOffset)
        {
        }
        catch (KafkaException ex)
        {
            logger.LogWarning("Offset commit failed ({Reason}); the Redis checkpoint and dedup markers cover the gap", ex.Error.Reason);
        }
    }
}
