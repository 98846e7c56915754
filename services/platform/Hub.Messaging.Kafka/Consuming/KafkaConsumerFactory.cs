using Confluent.Kafka;
using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.Kafka.GroupProtocols;
using Hub.Messaging.Kafka.Health;
using Hub.Messaging.Kafka.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Messaging.Kafka.Consuming;

/// <summary>
/// Consumers for subscriptions: the group protocol of <see cref="GroupProtocolProvider"/>, offsets stored by the
/// pipeline only after Redis recorded the work (enable.auto.offset.store=false) and committed in the background and
/// on every revoke and shutdown, and a watch that fails readiness when the consumer cannot join its group.
/// </summary>
public sealed class KafkaConsumerFactory(
    IOptions<KafkaOptions> options,
    CheckpointResumer resumer,
    ILoggerFactory loggers,
    GroupProtocolProvider protocols,
    GroupMembershipHealth membership,
    TimeProvider time)
{
    // Settings librdkafka refuses with group.protocol=consumer (the broker owns them); kept for classic only.
    private static readonly string[] ClassicOnly = ["session.timeout.ms", "heartbeat.interval.ms", "partition.assignment.strategy", "group.protocol.type"];

    public static ConsumerConfig BuildConfig(KafkaOptions options, string groupId, GroupProtocolChoice protocol)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(protocol);
        var settings = new Dictionary<string, string>(options.Consumer);
        if (protocol.Protocol == GroupProtocol.Consumer)
        {
            // With auto, classic tuning given for older clusters must not stop the consumer on a 4.x cluster.
            Array.ForEach(ClassicOnly, key => settings.Remove(key));
        }

        var config = new ConsumerConfig(settings)
        {
            GroupId = groupId,
            EnableAutoOffsetStore = false,
            GroupProtocol = protocol.Protocol,
        };
        config.BootstrapServers ??= options.BootstrapServers;
        config.ClientId ??= $"{options.ServiceName}-{groupId}";
        config.EnableAutoCommit ??= true;
        config.AutoCommitIntervalMs ??= 1000;
        config.AutoOffsetReset ??= AutoOffsetReset.Earliest;
        // A retry topic may be created after its worker subscribed (first park on a cluster that auto-creates);
        // librdkafka's default 5-minute refresh would leave parked events unnoticed that long.
        config.TopicMetadataRefreshIntervalMs ??= 10_000;
        // The group state in the statistics is how a consumer that cannot join is noticed (GroupMembershipWatch).
        config.StatisticsIntervalMs ??= (int)Math.Clamp(GroupMembershipWatch.DeadlineFor(options).TotalMilliseconds / 3, 1000, 5000);
        if (config.GroupProtocol == GroupProtocol.Classic)
        {
            config.PartitionAssignmentStrategy ??= PartitionAssignmentStrategy.CooperativeSticky;
        }

        return config;
    }

    /// <summary>Waits for the process's group protocol choice (probed once, at the first consumer) and builds the consumer.</summary>
    public async Task<IConsumer<byte[]?, byte[]?>> CreateAsync(string groupId, Action<IReadOnlyCollection<TopicPartition>> onRevoked, CancellationToken cancellationToken)
    {
        var protocol = await protocols.GetAsync(cancellationToken).ConfigureAwait(false);
        var logger = loggers.CreateLogger($"Hub.Messaging.Kafka.Consumer.{groupId}");
        var watch = new GroupMembershipWatch(groupId, protocol, GroupMembershipWatch.DeadlineFor(options.Value), membership, time, logger);
        return new ConsumerBuilder<byte[]?, byte[]?>(BuildConfig(options.Value, groupId, protocol))
            .SetPartitionsAssignedHandler((consumer, partitions) =>
            {
                watch.Assigned();
                return resumer.StartingOffsets(consumer, groupId, partitions);
            })
            .SetPartitionsRevokedHandler((consumer, partitions) =>
            {
                CommitStored(consumer, logger);
                onRevoked(partitions.Select(p => p.TopicPartition).ToList());
            })
            .SetPartitionsLostHandler((_, partitions) => onRevoked(partitions.Select(p => p.TopicPartition).ToList()))
            .SetErrorHandler((_, error) =>
            {
                logger.Log(error.IsFatal ? LogLevel.Critical : LogLevel.Warning, "Kafka consumer error {Code}: {Reason}", error.Code, error.Reason);
                watch.Error(error);
            })
            .SetStatisticsHandler((_, json) => watch.Statistics(json))
            .SetLogHandler((_, log) => logger.Log(KafkaLogLevels.From(log.Level), "librdkafka {Facility}: {Message}", log.Facility, log.Message))
            .Build();
    }

    /// <summary>The consumer of <paramref name="groupId"/> is closed: its group membership no longer counts for readiness.</summary>
    public void Released(string groupId) => membership.Cleared(groupId);

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
