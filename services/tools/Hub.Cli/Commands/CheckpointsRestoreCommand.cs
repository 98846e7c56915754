using System.CommandLine;
using System.Globalization;
using Confluent.Kafka;
using Hub.Cli.Groups;
using Hub.Cli.Infrastructure;
using Hub.Cli.Output;
using Hub.Messaging.Processing;
using StackExchange.Redis;

namespace Hub.Cli.Commands;

/// <summary>
/// Puts each partition's checkpoint back to the newest history entry processed before a time, and with
/// --commit-kafka also the group's committed offsets (only accepted by Kafka while the group has no members).
/// This moves positions, it does not re-handle anything: dedup markers still hold. To handle events again, use
/// `hub replay`. Typical use: a cluster was rebuilt or the group expired and the connector must resume where it was.
/// </summary>
public static class CheckpointsRestoreCommand
{
    private static readonly Argument<string> Connector = new("connector") { Description = "A connector or group" };
    private static readonly Option<string> To = new("--to-processed") { Description = $"Restore to what was processed before this time: {TimeExpression.TimeHelp}", Required = true };
    private static readonly Option<bool> CommitKafka = new("--commit-kafka") { Description = "Also commit the restored positions as the group's Kafka offsets (stop the connector first)" };

    public static Command Create()
    {
        var command = new Command("restore", "Set checkpoints (and optionally Kafka offsets) back to an earlier history entry");
        command.Arguments.Add(Connector);
        command.Options.Add(To);
        command.Options.Add(CommitKafka);
        ChangeOptions.AddTo(command);
        CommandRunner.SetHandler(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, CancellationToken cancellationToken)
    {
        var mode = ChangeOptions.Validate(context.Parse);
        var to = TimeExpression.ParseTime(context.Parse.GetValue(To), context.Now, "--to-processed");
        var groups = GroupDiscovery.Select(await GroupDiscovery.DiscoverAsync(context.Redis), context.Parse.GetValue(Connector));
        var plan = new List<(string Group, PartitionRef Partition, Checkpoint? Current, Checkpoint Target)>();
        foreach (var group in groups)
        {
            foreach (var partition in group.SourcePartitions)
            {
                var history = await context.Redis.Guard(() => context.Redis.Processing.GetCheckpointHistoryAsync(group.Group, partition, 100_000, cancellationToken));
                var entry = history.FirstOrDefault(h => h.ProcessedAt < to);
                var current = await context.Redis.Guard(() => context.Redis.Processing.GetCheckpointAsync(group.Group, partition, cancellationToken));
                if (entry is null)
                {
                    context.Output.Warn($"{group.Group} {partition}: no history entry before {TimeExpression.Show(to)}; left as it is.");
                }
                else if (current is null || current.Offset != entry.Offset)
                {
                    plan.Add((group.Group, partition, current, entry));
                }
            }
        }

        var table = CliOutput.NewTable("group", "partition", "checkpoint now", "restored to", "processed at");
        foreach (var p in plan)
        {
            CliOutput.AddRow(table, p.Group, p.Partition.ToString(), p.Current?.Offset.ToString(CultureInfo.InvariantCulture) ?? "-", p.Target.Offset.ToString(CultureInfo.InvariantCulture), TimeExpression.Show(p.Target.ProcessedAt));
        }

        context.Output.Write(table);
        context.Output.Line(plan.Count == 0 ? "Nothing to restore." : $"{plan.Count} checkpoint(s) to restore{(context.Parse.GetValue(CommitKafka) ? ", and the same positions committed to Kafka" : "")}.");
        var details = plan.Select(p => new { p.Group, partition = p.Partition.ToString(), from = p.Current?.Offset, to = p.Target.Offset }).ToList();
        if (plan.Count == 0)
        {
            return ExitCodes.Ok;
        }

        if (mode == ChangeMode.Preview)
        {
            throw ChangeOptions.MissingYes();
        }

        context.Audit.EnsureWritable();
        var target = string.Join(",", plan.Select(p => p.Group).Distinct());
        if (mode == ChangeMode.DryRun)
        {
            await context.Audit.WriteAsync("checkpoints restore", target, dryRun: true, "dry-run", details, cancellationToken);
            Report(context, details, dryRun: true);
            return ExitCodes.Ok;
        }

        if (context.Parse.GetValue(CommitKafka))
        {
            foreach (var group in plan.GroupBy(p => p.Group))
            {
                using var committer = new ConsumerBuilder<byte[]?, byte[]?>(context.Kafka.ConsumerConfig(group.Key)).Build();
                try
                {
                    committer.Commit(group.Select(p => new TopicPartitionOffset(p.Partition.Topic, p.Partition.Partition, p.Target.Offset + 1)));
                }
                catch (KafkaException ex)
                {
                    throw CliException.Failed($"Kafka refused the offsets of {group.Key} ({ex.Error.Reason}); is the connector still running? Nothing was restored.", ex);
                }
            }
        }

        var db = await context.Redis.DatabaseAsync();
        foreach (var p in plan)
        {
            // Field names as in docs/architecture.md; the codec that writes them is internal to Hub.Messaging.Redis.
            await context.Redis.Guard(() => db.HashSetAsync(context.Redis.Keys.Checkpoint(p.Group, p.Partition),
            [
                new HashEntry("offset", p.Target.Offset),
                new HashEntry("eventTimeMs", p.Target.EventTime.ToUnixTimeMilliseconds()),
                new HashEntry("processedMs", p.Target.ProcessedAt.ToUnixTimeMilliseconds()),
            ]));
        }

        await context.Audit.WriteAsync("checkpoints restore", target, dryRun: false, "succeeded", details, cancellationToken);
        Report(context, details, dryRun: false);
        return ExitCodes.Ok;
    }

    private static void Report<T>(CliContext context, List<T> details, bool dryRun)
    {
        if (context.Output.IsJson)
        {
            context.Output.WriteJson(new { dryRun, restored = details });
            return;
        }

        context.Output.Line(dryRun ? "Dry run: nothing was changed." : $"Restored {details.Count} checkpoint(s).");
    }
}
