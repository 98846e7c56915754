using System.Globalization;

namespace Hub.Demo;

/// <summary>Prints the per-connector figures and the day's checks; true when every check holds.</summary>
public static class SummaryTable
{
    private static readonly string[] Headings = ["connector", "in", "out", "dup. suppressed", "retries", "dead letters", "quarantined", "conflicts", "e2e p50", "e2e p99"];

    public static void PrintFigures(TextWriter output, IReadOnlyList<ConnectorFigures> figures)
    {
        var rows = figures.Select(f => new[]
        {
            f.Connector, N(f.EventsIn), N(f.EventsOut), N(f.Duplicates), N(f.Retries), N(f.DeadLetters), N(f.Quarantined),
            f.ConflictsQueued.ToString(CultureInfo.InvariantCulture), Ms(f.LatencyP50Seconds), Ms(f.LatencyP99Seconds),
        }).ToList();
        var widths = Headings.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        output.WriteLine("  " + string.Join("  ", Headings.Select((h, i) => i == 0 ? h.PadRight(widths[i]) : h.PadLeft(widths[i]))));
        output.WriteLine("  " + string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            output.WriteLine("  " + string.Join("  ", row.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))));
        }

        output.WriteLine("  in: records from the connector's system published to Kafka; out: events its subscriptions handled;");
        output.WriteLine("  retries: failed attempts tried again; e2e: from publish to handled, over the connector's subscriptions.");
    }

    public static bool PrintChecks(TextWriter output, IReadOnlyList<DayCheck> checks)
    {
        foreach (var check in checks)
        {
            output.WriteLine($"  [{(check.Holds ? "ok" : "FAILED")}] {check.What}: {check.Detail}");
        }

        var ok = checks.All(c => c.Holds);
        output.WriteLine();
        output.WriteLine(ok
            ? $"Verdict: all {checks.Count} checks hold. The day ended with nothing lost, nothing duplicated, and every bad record dead-lettered, quarantined or queued for a person."
            : $"Verdict: {checks.Count(c => !c.Holds)} of {checks.Count} checks FAILED (see above).");
        return ok;
    }

    private static string N(double value) => value.ToString("0", CultureInfo.InvariantCulture);

    private static string Ms(double seconds) => double.IsNaN(seconds) ? "-" : $"{seconds * 1000:0} ms";
}
