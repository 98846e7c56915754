using System.Globalization;
using Hub.Cli.Infrastructure;
using Hub.Cli.Output;

namespace Hub.Cli.Status;

/// <summary>The text form of one group's status.</summary>
public static class StatusView
{
    public static void Render(CliContext context, GroupStatus g)
    {
        context.Output.Line($"{g.Group}  (connector {g.Connector})");
        context.Output.Line($"  instances/circuit breakers: {Instances(g)}");
        if (g.KafkaGroup is not null || g.KafkaViewUnavailable is not null)
        {
            context.Output.Line($"  Kafka's view: {KafkaView(g)}");
        }
        if (g.GoneInstances.Count > 0)
        {
            context.Output.Line($"  gone: {string.Join(", ", g.GoneInstances.Select(i => $"{i.Instance} (last seen {TimeExpression.ShowAge(context.Now - i.ReportedAt)} ago, {TimeExpression.Show(i.ReportedAt)})"))}");
        }

        foreach (var waiting in (g.Instances ?? []).SelectMany(i => i.Waiting.Select(w => $"{i.Instance}: {w}")))
        {
            context.Output.Line($"  waiting: {waiting}");
        }

        if (g.OrphanedPartitions.Count > 0)
        {
            context.Output.Line($"  WITHOUT A LIVE OWNER: {g.OrphanedPartitions.Count} partition(s), {string.Join(", ", g.OrphanedPartitions.Select(o => o.Partition))}: held by a gone instance until its group session expires; nobody processes them meanwhile");
        }

        context.Output.Line($"  DLQ {g.DlqTopic}: {Dlq(g)}");
        if (g.PendingReplays + g.ActiveReplays > 0)
        {
            context.Output.Line($"  replays: {g.PendingReplays} pending, {g.ActiveReplays} active partition(s)");
        }

        var table = CliOutput.NewTable("partition", "end", "checkpoint", "committed", "lag (ckpt)", "lag (committed)", "freshness", "last processed", "owner");
        foreach (var p in g.Partitions)
        {
            CliOutput.AddRow(table, $"{p.Topic}[{p.Partition}]", N(p.EndOffset), N(p.CheckpointOffset), N(p.CommittedOffset), N(p.LagFromCheckpoint), N(p.LagFromCommitted),
                p.EventTime is { } e ? TimeExpression.ShowAge(context.Now - e) : "-", p.ProcessedAt is { } t ? TimeExpression.Show(t) : "-", p.Owner ?? "-");
        }

        context.Output.Write(table);
        context.Output.Line();
    }

    private static string KafkaView(GroupStatus g) => g.KafkaGroup is { } main
        ? $"{main.Describe()}{(g.KafkaRetryGroup is { } retry ? $"; retry group {retry.Describe()}" : "")}"
        : $"not available ({g.KafkaViewUnavailable})";

    private static string Instances(GroupStatus g) => g.Instances switch
    {
        null when g.PendingReplays is null => "unknown (Redis unreachable)",
        null => "n/a",
        [] => "none live",
        var live => string.Join(", ", live.Select(i => $"{i.Instance}: {i.Circuit}")),
    };

    private static string Dlq(GroupStatus g) => (g.DlqDepth, g.DlqMessages) switch
    {
        ({ } depth, _) => $"{depth} unresolved of {g.DlqMessages} record(s)",
        (null, { } messages) => $"{messages} record(s) (resolutions unknown)",
        _ => "no topic",
    };

    private static string N(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
