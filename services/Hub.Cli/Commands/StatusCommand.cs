using System.CommandLine;
using System.Globalization;
using TopicPartition = Confluent.Kafka.TopicPartition;
using Offset = Confluent.Kafka.Offset;
using Hub.Cli.Dlq;
using Hub.Cli.Groups;
using Hub.Cli.Infrastructure;
using Hub.Cli.Output;
using Hub.Messaging.Processing;

namespace Hub.Cli.Commands;

/// <summary>
/// `hub status`: per group, lag per partition (against the Redis checkpoint and against Kafka's committed offset),
/// data freshness (now − event time of the checkpoint), DLQ depth (records − resolved), instances and their
/// circuit-breaker states, and replays in flight.
/// </summary>
public static class StatusCommand
{
    private static readonly Argument<string?> Connector = new("connector") { Description = "A connector or group (default: all)", Arity = ArgumentArity.ZeroOrOne };

    public static Command Create()
    {
        var command = new Command("status", "Connectors, groups, lag per partition, freshness, DLQ depth, circuit breakers");
        command.Arguments.Add(Connector);
        CommandRunner.SetHandler(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, CancellationToken cancellationToken)
    {
        var all = await GroupDiscovery.DiscoverAsync(context.Redis);
        var groups = GroupDiscovery.Select(all, context.Parse.GetValue(Connector));
        context.Kafka.Metadata();
        var report = new List<GroupStatus>();
        foreach (var group in groups)
        {
            report.Add(await GroupStatusAsync(context, group));
        }

        if (context.Output.IsJson)
        {
            context.Output.WriteJson(new { at = context.Now, groups = report });
            return ExitCodes.Ok;
        }

        if (report.Count == 0)
        {
            context.Output.Line($"No consumer group has written a checkpoint under the Redis prefix '{context.Redis.Prefix}' yet.");
            return ExitCodes.Ok;
        }

        foreach (var g in report)
        {
            Render(context, g);
        }

        return ExitCodes.Ok;
    }

    private static async Task<GroupStatus> GroupStatusAsync(CliContext context, GroupInfo group)
    {
        var partitions = new List<PartitionRef>();
        foreach (var topic in group.Partitions.Select(p => p.Topic).Distinct())
        {
            partitions.AddRange(context.Kafka.TopicExists(topic)
                ? context.Kafka.Partitions(topic).Select(p => new PartitionRef(topic, p))
                : group.Partitions.Where(p => p.Topic == topic));
        }

        var committedMain = context.Kafka.Committed(group.Group, partitions.Where(p => p.Topic != group.RetryTopic).Select(ToKafka));
        var committedRetry = context.Kafka.Committed(group.RetryGroup, partitions.Where(p => p.Topic == group.RetryTopic).Select(ToKafka));
        var rows = new List<PartitionStatus>();
        foreach (var partition in partitions)
        {
            long? high = context.Kafka.TopicExists(partition.Topic) ? context.Kafka.Watermarks(partition.Topic, partition.Partition).High.Value : null;
            var checkpoint = await context.Redis.Guard(() => context.Redis.Processing.GetCheckpointAsync(group.Group, partition, CancellationToken.None));
            var committed = (partition.Topic == group.RetryTopic ? committedRetry : committedMain).GetValueOrDefault(ToKafka(partition), Offset.Unset.Value);
            rows.Add(new PartitionStatus
            {
                Topic = partition.Topic,
                Partition = partition.Partition,
                EndOffset = high,
                CheckpointOffset = checkpoint?.Offset,
                CommittedOffset = committed >= 0 ? committed : null,
                LagFromCheckpoint = high is { } h ? h - (checkpoint is null ? 0 : checkpoint.Offset + 1) : null,
                LagFromCommitted = high is { } h2 && committed >= 0 ? h2 - committed : null,
                EventTime = checkpoint?.EventTime,
                ProcessedAt = checkpoint?.ProcessedAt,
                FreshnessSeconds = checkpoint is null ? null : Math.Round((context.Now - checkpoint.EventTime).TotalSeconds, 1),
            });
        }

        (long Messages, long Unresolved)? dlq = context.Kafka.TopicExists(group.DeadLetterTopic) ? await DlqSource.DepthAsync(context, group.DeadLetterTopic) : null;
        var instances = await context.Redis.Guard(() => context.Redis.Instances.ListAsync(group.Group));
        return new GroupStatus
        {
            Group = group.Group,
            Connector = group.Connector,
            Partitions = rows,
            DlqTopic = group.DeadLetterTopic,
            DlqMessages = dlq?.Messages,
            DlqDepth = dlq?.Unresolved,
            Instances = instances.Count == 0 ? null : instances,
            PendingReplays = (await context.Redis.Guard(() => context.Redis.Replays.PendingAsync(group.Group))).Count,
            ActiveReplays = (await context.Redis.Guard(() => context.Redis.Replays.ActiveAsync(group.Group))).Count,
        };
    }

    private static void Render(CliContext context, GroupStatus g)
    {
        var circuits = g.Instances is null ? "n/a" : string.Join(", ", g.Instances.Select(i => $"{i.Instance}: {i.Circuit}{(context.Now - i.ReportedAt > TimeSpan.FromSeconds(30) ? $" (last seen {TimeExpression.ShowAge(context.Now - i.ReportedAt)} ago)" : "")}"));
        context.Output.Line($"{g.Group}  (connector {g.Connector})");
        context.Output.Line($"  instances/circuit breakers: {circuits}");
        context.Output.Line($"  DLQ {g.DlqTopic}: {(g.DlqDepth is { } depth ? $"{depth} unresolved of {g.DlqMessages} record(s)" : "no topic")}");
        if (g.PendingReplays + g.ActiveReplays > 0)
        {
            context.Output.Line($"  replays: {g.PendingReplays} pending, {g.ActiveReplays} active partition(s)");
        }

        var table = CliOutput.NewTable("partition", "end", "checkpoint", "committed", "lag (ckpt)", "lag (committed)", "freshness", "last processed");
        foreach (var p in g.Partitions)
        {
            CliOutput.AddRow(table, $"{p.Topic}[{p.Partition}]", N(p.EndOffset), N(p.CheckpointOffset), N(p.CommittedOffset), N(p.LagFromCheckpoint), N(p.LagFromCommitted),
                p.EventTime is { } e ? TimeExpression.ShowAge(context.Now - e) : "-", p.ProcessedAt is { } t ? TimeExpression.Show(t) : "-");
        }

        context.Output.Write(table);
        context.Output.Line();
    }

    private static string N(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static TopicPartition ToKafka(PartitionRef p) => new(p.Topic, p.Partition);

    private sealed record GroupStatus
    {
        public required string Group { get; init; }

        public required string Connector { get; init; }

        public required IReadOnlyList<PartitionStatus> Partitions { get; init; }

        public required string DlqTopic { get; init; }

        public long? DlqMessages { get; init; }

        public long? DlqDepth { get; init; }

        /// <summary>Null when no instance reports its status (shown as n/a).</summary>
        public IReadOnlyList<InstanceStatus>? Instances { get; init; }

        public int PendingReplays { get; init; }

        public int ActiveReplays { get; init; }
    }

    private sealed record PartitionStatus
    {
        public required string Topic { get; init; }

        public required int Partition { get; init; }

        public long? EndOffset { get; init; }

        public long? CheckpointOffset { get; init; }

        public long? CommittedOffset { get; init; }

        public long? LagFromCheckpoint { get; init; }

        public long? LagFromCommitted { get; init; }

        public DateTimeOffset? EventTime { get; init; }

        public DateTimeOffset? ProcessedAt { get; init; }

        public double? FreshnessSeconds { get; init; }
    }
}
