using Hub.Messaging.Processing;

namespace Hub.Cli.Replay;

/// <summary>The offset arithmetic of docs/replay.md, kept free of I/O so it is unit-tested on its own.</summary>
public static class ReplayPlanner
{
    /// <summary>
    /// The start offset for "everything processed since <paramref name="since"/>": the offset after the newest
    /// history entry processed before it. When the history does not reach back that far, its oldest entry's offset,
    /// with a note saying so. Null when the partition has no history at all.
    /// </summary>
    /// <param name="newestFirst">The checkpoint history, one entry per batch, newest first.</param>
    public static (long? From, string? Note) SinceProcessed(IReadOnlyList<Checkpoint> newestFirst, DateTimeOffset since)
    {
        if (newestFirst.Count == 0)
        {
            return (null, "no checkpoint history: nothing processed here");
        }

        foreach (var entry in newestFirst)
        {
            if (entry.ProcessedAt < since)
            {
                return (entry.Offset + 1, null);
            }
        }

        var oldest = newestFirst[^1];
        return (oldest.Offset, $"history only reaches back to {Infrastructure.TimeExpression.Show(oldest.ProcessedAt)}; replaying from its oldest entry (offset {oldest.Offset}), earlier events are not included");
    }

    /// <summary>Fits a start offset into what the partition still holds; the end is the high watermark now.</summary>
    public static PartitionPlan Fit(string group, PartitionRef partition, long from, long low, long high, string? note)
    {
        if (from < low)
        {
            return new PartitionPlan(group, partition, low, high, Join(note, $"offsets below {low} are gone (retention); starting at {low}"));
        }

        if (from >= high)
        {
            return new PartitionPlan(group, partition, high, high, Join(note, "nothing to replay"));
        }

        return new PartitionPlan(group, partition, from, high, note);
    }

    private static string Join(string? first, string second) => first is null ? second : $"{first}; {second}";
}
