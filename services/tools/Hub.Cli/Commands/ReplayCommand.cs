using System.CommandLine;
using Hub.Cli.Groups;
using Hub.Cli.Infrastructure;
using Hub.Cli.Output;
using Hub.Cli.Replay;
using Hub.Messaging.Processing;

namespace Hub.Cli.Commands;

/// <summary>
/// `hub replay &lt;connector&gt;`: writes one rewind request per partition (docs/replay.md); the running instance that
/// owns the partition seeks and bumps the replay epoch. Then shows progress until every partition has caught up.
/// </summary>
public static class ReplayCommand
{
    private static readonly Argument<string> Connector = new("connector") { Description = "A connector (all its groups) or one group (<connector>.<subscription>)" };
    private static readonly Option<string?> Group = new("--group") { Description = "Only this group of the connector" };
    private static readonly Option<string[]> Topic = new("--topic") { Description = "Only these source topics (repeatable)" };
    private static readonly Option<int[]> Partition = new("--partition") { Description = "Only these partitions (repeatable)" };
    private static readonly Option<string?> SinceProcessed = new("--since-processed") { Description = $"Re-handle what this group processed since: {TimeExpression.TimeHelp}" };
    private static readonly Option<string?> FromTime = new("--from-time") { Description = "From the first message written at or after this time (Kafka OffsetsForTimes; not on the embedded mock cluster)" };
    private static readonly Option<long?> FromOffset = new("--from-offset") { Description = "From this offset on every selected partition" };
    private static readonly Option<bool> FromBeginning = new("--from-beginning") { Description = "From the oldest message still on the topic" };
    private static readonly Option<string[]> Keys = new("--key") { Description = "Only events with this key (repeatable)" };
    private static readonly Option<string[]> EventTypes = new("--event-type") { Description = "Only events with this event-type header (repeatable)" };
    private static readonly Option<bool> NoWait = new("--no-wait") { Description = "Write the requests and return without following progress" };
    private static readonly Option<string> WaitTimeout = new("--wait-timeout") { Description = "How long to follow progress before giving up (the replay itself goes on)", DefaultValueFactory = _ => "30m" };

    public static Command Create()
    {
        var command = new Command("replay", "Rewind a connector's groups so running instances handle events once more");
        command.Arguments.Add(Connector);
        foreach (var option in new Option[] { Group, Topic, Partition, SinceProcessed, FromTime, FromOffset, FromBeginning, Keys, EventTypes, NoWait, WaitTimeout })
        {
            command.Options.Add(option);
        }

        ChangeOptions.AddTo(command);
        CommandRunner.SetHandler(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, CancellationToken cancellationToken)
    {
        var parse = context.Parse;
        var changeMode = ChangeOptions.Validate(parse);
        var mode = ReplayMode.Parse(parse.GetValue(SinceProcessed), parse.GetValue(FromTime), parse.GetValue(FromOffset), parse.GetValue(FromBeginning), context.Now);
        var waitTimeout = TimeExpression.ParseDuration(parse.GetValue(WaitTimeout), "--wait-timeout");
        var groups = GroupDiscovery.Select(await GroupDiscovery.DiscoverAsync(context.Redis), parse.GetValue(Connector), parse.GetValue(Group));
        var plans = await PlanAsync(context, groups, mode);
        var work = plans.Where(p => p.Count > 0).ToList();
        ShowPlan(context, mode, plans);
        await RefuseOverlapsAsync(context, work);
        if (work.Count == 0)
        {
            context.Output.Line("Nothing to replay.");
            if (context.Output.IsJson)
            {
                context.Output.WriteJson(new { replayId = (string?)null, dryRun = changeMode != ChangeMode.Apply, partitions = plans });
            }

            return ExitCodes.Ok;
        }

        var replayId = Guid.NewGuid().ToString("N")[..12];
        var target = string.Join(",", work.Select(p => p.Group).Distinct());
        var details = new { replayId, mode = mode.Describe(), keys = parse.GetValue(Keys), eventTypes = parse.GetValue(EventTypes), partitions = work };
        if (changeMode == ChangeMode.Preview)
        {
            throw ChangeOptions.MissingYes();
        }

        context.Audit.EnsureWritable();
        if (changeMode == ChangeMode.DryRun)
        {
            await context.Audit.WriteAsync("replay", target, dryRun: true, "dry-run", details, cancellationToken);
            context.Output.Line($"Dry run: {work.Sum(p => p.Count)} event(s) on {work.Count} partition(s) would be replayed; nothing was changed.");
            if (context.Output.IsJson)
            {
                context.Output.WriteJson(new { replayId = (string?)null, dryRun = true, partitions = plans });
            }

            return ExitCodes.Ok;
        }

        foreach (var plan in work)
        {
            await context.Redis.Guard(() => context.Redis.Replays.RequestAsync(plan.Group, new ReplayRequest
            {
                Id = replayId,
                Topic = plan.Partition.Topic,
                Partition = plan.Partition.Partition,
                FromOffset = plan.From,
                UntilOffset = plan.Until,
                Keys = parse.GetValue(Keys) ?? [],
                EventTypes = parse.GetValue(EventTypes) ?? [],
                RequestedBy = context.Who,
                RequestedAt = context.Now,
                Reason = parse.GetValue(ChangeOptions.Reason) ?? string.Empty,
            }));
        }

        await context.Audit.WriteAsync("replay", target, dryRun: false, "requested", details, cancellationToken);
        context.Output.Line($"Replay {replayId} requested on {work.Count} partition(s); the instances that own them apply it.");
        if (parse.GetValue(NoWait))
        {
            if (context.Output.IsJson)
            {
                context.Output.WriteJson(new { replayId, dryRun = false, completed = false, partitions = work });
            }

            return ExitCodes.Ok;
        }

        var completed = await new ReplayWatcher(context, replayId, work).WatchAsync(waitTimeout, cancellationToken);
        if (context.Output.IsJson)
        {
            context.Output.WriteJson(new { replayId, dryRun = false, completed, partitions = work });
        }

        return completed ? ExitCodes.Ok : throw CliException.Failed(
            $"Replay {replayId} has not finished within {parse.GetValue(WaitTimeout)}. The requests stay in Redis and are applied when an instance owns the partitions; follow with 'hub status'.");
    }

    private static async Task<List<PartitionPlan>> PlanAsync(CliContext context, IReadOnlyList<GroupInfo> groups, ReplayMode mode)
    {
        var topics = context.Parse.GetValue(Topic) ?? [];
        var partitions = context.Parse.GetValue(Partition) ?? [];
        var plans = new List<PartitionPlan>();
        foreach (var group in groups)
        {
            var unknownTopics = topics.Except(group.SourceTopics).ToList();
            if (groups.Count == 1 && unknownTopics.Count > 0)
            {
                throw CliException.BadInput($"{group.Group} does not read {string.Join(", ", unknownTopics)}; it reads {string.Join(", ", group.SourceTopics)}.");
            }

            foreach (var topic in group.SourceTopics.Where(t => topics.Length == 0 || topics.Contains(t)))
            {
                foreach (var number in context.Kafka.Partitions(topic).Where(p => partitions.Length == 0 || partitions.Contains(p)))
                {
                    plans.Add(await PlanPartitionAsync(context, group.Group, new PartitionRef(topic, number), mode));
                }
            }
        }

        if (plans.Count == 0)
        {
            throw CliException.BadInput("No partition matches the given --topic/--partition.");
        }

        return plans;
    }

    private static bool LastMessageIsAtOrAfter(CliContext context, PartitionRef partition, long low, long high, DateTimeOffset time)
    {
        if (high <= low)
        {
            return false;
        }

        var last = context.Kafka.Read([new OffsetRange(partition.Topic, partition.Partition, high - 1, high)], null, CancellationToken.None);
        return last.Count == 1 && last[0].Message.Timestamp.UtcDateTime >= time.UtcDateTime;
    }

    private static async Task<PartitionPlan> PlanPartitionAsync(CliContext context, string group, PartitionRef partition, ReplayMode mode)
    {
        var marks = context.Kafka.Watermarks(partition.Topic, partition.Partition);
        var (low, high) = (marks.Low.Value, marks.High.Value);
        switch (mode.Kind)
        {
            case ReplayModeKind.SinceProcessed:
                var history = await context.Redis.Guard(() => context.Redis.Processing.GetCheckpointHistoryAsync(group, partition, 100_000, CancellationToken.None));
                var (from, note) = ReplayPlanner.SinceProcessed(history, mode.Time!.Value);
                return from is { } start ? ReplayPlanner.Fit(group, partition, start, low, high, note) : new PartitionPlan(group, partition, high, high, note);
            case ReplayModeKind.FromTime:
                var offset = context.Kafka.OffsetForTime(partition.Topic, partition.Partition, mode.Time!.Value);
                if (offset < 0 && (context.Settings.Embedded || LastMessageIsAtOrAfter(context, partition, low, high, mode.Time!.Value)))
                {
                    // "Nothing written at or after that time" while the partition's last message was: the cluster has
                    // no time index (the embedded mock cluster), and planning nothing would be silently wrong.
                    throw CliException.Failed($"--from-time needs Kafka's time index (OffsetsForTimes), which {partition.Topic}[{partition.Partition}]'s broker does not answer (the embedded mock cluster has none). Use --since-processed or --from-offset.");
                }

                return offset < 0
                    ? new PartitionPlan(group, partition, high, high, "no message written at or after that time")
                    : ReplayPlanner.Fit(group, partition, offset, low, high, null);
            case ReplayModeKind.FromOffset:
                return ReplayPlanner.Fit(group, partition, mode.Offset!.Value, low, high, null);
            default:
                return ReplayPlanner.Fit(group, partition, low, low, high, null);
        }
    }

    private static async Task RefuseOverlapsAsync(CliContext context, List<PartitionPlan> work)
    {
        foreach (var group in work.GroupBy(p => p.Group))
        {
            var pending = await context.Redis.Guard(() => context.Redis.Replays.PendingAsync(group.Key));
            var active = await context.Redis.Guard(() => context.Redis.Replays.ActiveAsync(group.Key));
            var busy = pending.Concat(active).Where(r => group.Any(p => p.Partition == r.PartitionRef)).ToList();
            if (busy.Count > 0)
            {
                throw CliException.Failed($"{group.Key} already has a replay waiting or running on {string.Join(", ", busy.Select(r => $"{r.PartitionRef} ({r.Id} by {r.RequestedBy})"))}; wait for it to finish (hub status).");
            }
        }
    }

    private static void ShowPlan(CliContext context, ReplayMode mode, List<PartitionPlan> plans)
    {
        context.Output.Line($"Replay {mode.Describe()}:");
        var table = CliOutput.NewTable("group", "partition", "from", "until", "events", "note");
        foreach (var p in plans)
        {
            CliOutput.AddRow(table, p.Group, p.Partition.ToString(), p.From.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Until.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Note);
        }

        context.Output.Write(table);
        context.Output.Line($"{plans.Sum(p => p.Count)} event(s) on {plans.Count(p => p.Count > 0)} partition(s) would be handled again (dedup lets each through once more).");
    }
}
