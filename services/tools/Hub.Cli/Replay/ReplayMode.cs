using Hub.Cli.Infrastructure;

namespace Hub.Cli.Replay;

/// <summary>Where a replay starts, as the operator chose it: exactly one of the four modes.</summary>
public sealed record ReplayMode(ReplayModeKind Kind, DateTimeOffset? Time = null, long? Offset = null)
{
    public static ReplayMode Parse(string? sinceProcessed, string? fromTime, long? fromOffset, bool fromBeginning, DateTimeOffset now)
    {
        var given = new[] { sinceProcessed is not null, fromTime is not null, fromOffset is not null, fromBeginning }.Count(g => g);
        if (given != 1)
        {
            throw CliException.BadInput(given == 0
                ? "Say where to start: one of --since-processed <time>, --from-time <time>, --from-offset <n>, --from-beginning."
                : "Give only one of --since-processed, --from-time, --from-offset, --from-beginning.");
        }

        if (sinceProcessed is not null)
        {
            return new ReplayMode(ReplayModeKind.SinceProcessed, Time: TimeExpression.ParseTime(sinceProcessed, now, "--since-processed"));
        }

        if (fromTime is not null)
        {
            return new ReplayMode(ReplayModeKind.FromTime, Time: TimeExpression.ParseTime(fromTime, now, "--from-time"));
        }

        if (fromOffset is { } offset)
        {
            return offset < 0
                ? throw CliException.BadInput($"--from-offset must be 0 or more (got {offset}).")
                : new ReplayMode(ReplayModeKind.FromOffset, Offset: offset);
        }

        return new ReplayMode(ReplayModeKind.FromBeginning);
    }

    public string Describe() => Kind switch
    {
        ReplayModeKind.SinceProcessed => $"everything processed since {TimeExpression.Show(Time!.Value)} (checkpoint history)",
        ReplayModeKind.FromTime => $"from the first message written at or after {TimeExpression.Show(Time!.Value)} (Kafka time index)",
        ReplayModeKind.FromOffset => $"from offset {Offset}",
        _ => "from the beginning (low watermark)",
    };
}
