using Hub.Cli.Dlq;
using Hub.Cli.Groups;
using Hub.Cli.Infrastructure;
using Hub.Messaging.Processing;
using Offset = Confluent.Kafka.Offset;
using TopicPartition = Confluent.Kafka.TopicPartition;

namespace Hub.Cli.Status;

/// <summary>Reads a group's status from Kafka (ends, committed offsets, DLQ size) and Redis (checkpoints, heartbeats, replays).</summary>
public static class GroupStatusReader
{
    public static async Task<GroupStatus> ReadAsync(CliContext context, GroupInfo group)
    {
        var partitions = PartitionsOf(context, group);
        var committed = Committed(context, group, partitions);
        var all = await context.Redis.Guard(() => context.Redis.Instances.ListAsync(group.Group));
        var live = PartitionOwners.Live(all, context.Now);
        var gone = PartitionOwners.Gone(all, context.Now);
        var orphaned = PartitionOwners.Orphaned(all, context.Now);
        var rows = new List<PartitionStatus>();
        foreach (var partition in partitions)
        {
            var checkpoint = await context.Redis.Guard(() => context.Redis.Processing.GetCheckpointAsync(group.Group, partition, CancellationToken.None));
            var row = KafkaRow(context, partition, committed);
            rows.Add(row with
            {
                CheckpointOffset = checkpoint?.Offset,
                LagFromCheckpoint = row.EndOffset is { } h ? h - (checkpoint is null ? 0 : checkpoint.Offset + 1) : null,
                EventTime = checkpoint?.EventTime,
                ProcessedAt = checkpoint?.ProcessedAt,
                FreshnessSeconds = checkpoint is null ? null : Math.Round((context.Now - checkpoint.EventTime).TotalSeconds, 1),
                Owner = partition.Topic == group.RetryTopic || all.Count == 0 ? null : OwnerOf(all, orphaned, partition, context.Now),
            });
        }

        (long Messages, long Unresolved)? dlq = context.Kafka.TopicExists(group.DeadLetterTopic) ? await DlqSource.DepthAsync(context, group.DeadLetterTopic) : null;
        return new GroupStatus
        {
            Group = group.Group,
            Connector = group.Connector,
            Partitions = rows,
            DlqTopic = group.DeadLetterTopic,
            DlqMessages = dlq?.Messages,
            DlqDepth = dlq?.Unresolved,
            Instances = all.Count == 0 ? null : live,
            GoneInstances = gone,
            OrphanedPartitions = orphaned,
            PendingReplays = (await context.Redis.Guard(() => context.Redis.Replays.PendingAsync(group.Group))).Count,
            ActiveReplays = (await context.Redis.Guard(() => context.Redis.Replays.ActiveAsync(group.Group))).Count,
        };
    }

    /// <summary>What Kafka alone can tell (Redis unreachable): ends, committed offsets, lag and DLQ size.</summary>
    public static GroupStatus ReadFromKafka(CliContext context, GroupInfo group)
    {
        var partitions = PartitionsOf(context, group);
        var committed = Committed(context, group, partitions);
        var dlqMessages = context.Kafka.TopicExists(group.DeadLetterTopic) ? DlqSource.Messages(context, group.DeadLetterTopic) : (long?)null;
        return new GroupStatus
        {
            Group = group.Group,
            Connector = group.Connector,
            Partitions = partitions.Select(p => KafkaRow(context, p, committed)).ToList(),
            DlqTopic = group.DeadLetterTopic,
            DlqMessages = dlqMessages,
        };
    }

    private static List<PartitionRef> PartitionsOf(CliContext context, GroupInfo group)
    {
        var partitions = new List<PartitionRef>();
        foreach (var topic in group.Partitions.Select(p => p.Topic).Distinct())
        {
            partitions.AddRange(context.Kafka.TopicExists(topic)
                ? context.Kafka.Partitions(topic).Select(p => new PartitionRef(topic, p))
                : group.Partitions.Where(p => p.Topic == topic));
        }

        return partitions;
    }

    private static Dictionary<TopicPartition, long> Committed(CliContext context, GroupInfo group, List<PartitionRef> partitions)
    {
        var main = context.Kafka.Committed(group.Group, partitions.Where(p => p.Topic != group.RetryTopic).Select(ToKafka));
        var retry = context.Kafka.Committed(group.RetryGroup, partitions.Where(p => p.Topic == group.RetryTopic).Select(ToKafka));
        return main.Concat(retry).ToDictionary(e => e.Key, e => e.Value);
    }

    private static PartitionStatus KafkaRow(CliContext context, PartitionRef partition, Dictionary<TopicPartition, long> committed)
    {
        long? high = context.Kafka.TopicExists(partition.Topic) ? context.Kafka.Watermarks(partition.Topic, partition.Partition).High.Value : null;
        var offset = committed.GetValueOrDefault(ToKafka(partition), Offset.Unset.Value);
        return new PartitionStatus
        {
            Topic = partition.Topic,
            Partition = partition.Partition,
            EndOffset = high,
            CommittedOffset = offset >= 0 ? offset : null,
            LagFromCommitted = high is { } h && offset >= 0 ? h - offset : null,
        };
    }

    private static string OwnerOf(IReadOnlyList<InstanceStatus> all, IReadOnlyList<OrphanedPartition> orphaned, PartitionRef partition, DateTimeOffset now)
    {
        var name = PartitionOwners.Name(partition.Topic, partition.Partition);
        return PartitionOwners.LiveOwner(all, name, now)
            ?? (orphaned.FirstOrDefault(o => o.Partition == name) is { } o ? $"none (held by gone {o.LastHolder})" : "none");
    }

    private static TopicPartition ToKafka(PartitionRef p) => new(p.Topic, p.Partition);
}
