using Hub.Cli.Infrastructure;
using Hub.Messaging.Processing;
using Spectre.Console;

namespace Hub.Cli.Replay;

/// <summary>
/// Follows a replay (docs/replay.md step 6): a partition's request goes pending → active → history; while active,
/// progress is how far its checkpoint has moved into [From, Until). A bar per partition on a terminal, a line per
/// change otherwise.
/// </summary>
public sealed class ReplayWatcher(CliContext context, string replayId, IReadOnlyList<PartitionPlan> plans)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    /// <returns>True when every partition's request is in the history.</returns>
    public async Task<bool> WatchAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = context.Now + timeout;
        if (context.Output.Interactive && !context.Output.IsJson)
        {
            var done = false;
            await context.Output.Console.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var bars = plans.ToDictionary(p => p, p => progress.AddTask($"{p.Group} {p.Partition}", maxValue: p.Count));
                    while (!done && context.Now < deadline)
                    {
                        var states = await PollAsync();
                        foreach (var (plan, state) in states)
                        {
                            bars[plan].Value = state.Handled;
                            bars[plan].Description = $"{plan.Group} {plan.Partition} {state.Phase}";
                        }

                        done = states.Values.All(s => s.Phase == "done");
                        if (!done)
                        {
                            await Task.Delay(PollInterval, cancellationToken);
                        }
                    }
                });
            Finish(done);
            return done;
        }

        var last = string.Empty;
        while (context.Now < deadline)
        {
            var states = await PollAsync();
            var line = Summary(states);
            if (line != last)
            {
                context.Output.Line(line);
                last = line;
            }

            if (states.Values.All(s => s.Phase == "done"))
            {
                Finish(true);
                return true;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }

        Finish(false);
        return false;
    }

    private void Finish(bool done)
    {
        if (done)
        {
            context.Output.Line($"Replay {replayId} completed: {plans.Sum(p => p.Count)} event(s) on {plans.Count} partition(s) handled again.");
        }
    }

    private string Summary(IReadOnlyDictionary<PartitionPlan, PartitionState> states)
    {
        var handled = states.Values.Sum(s => s.Handled);
        var total = plans.Sum(p => p.Count);
        var phases = states.Values.GroupBy(s => s.Phase).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
        return $"progress {replayId}: {handled}/{total} event(s), partitions: {string.Join(", ", phases)}";
    }

    private async Task<IReadOnlyDictionary<PartitionPlan, PartitionState>> PollAsync()
    {
        var states = new Dictionary<PartitionPlan, PartitionState>();
        foreach (var group in plans.GroupBy(p => p.Group))
        {
            var history = await context.Redis.Guard(() => context.Redis.Replays.HistoryAsync(group.Key, 200));
            var active = await context.Redis.Guard(() => context.Redis.Replays.ActiveAsync(group.Key));
            var pending = await context.Redis.Guard(() => context.Redis.Replays.PendingAsync(group.Key));
            foreach (var plan in group)
            {
                bool Mine(ReplayRequest r) => r.Id == replayId && r.PartitionRef == plan.Partition;
                if (history.Any(Mine))
                {
                    states[plan] = new PartitionState("done", plan.Count);
                }
                else if (active.FirstOrDefault(Mine) is { } running)
                {
                    var checkpoint = await context.Redis.Guard(() => context.Redis.Processing.GetCheckpointAsync(plan.Group, plan.Partition, CancellationToken.None));
                    var handled = checkpoint is not null && running.AppliedAt is { } applied && checkpoint.ProcessedAt >= applied
                        ? Math.Clamp(checkpoint.Offset + 1 - plan.From, 0, plan.Count)
                        : 0;
                    states[plan] = new PartitionState("active", handled);
                }
                else
                {
                    states[plan] = new PartitionState(pending.Any(Mine) ? "pending" : "unknown", 0);
                }
            }
        }

        return states;
    }

    private sealed record PartitionState(string Phase, long Handled);
}
