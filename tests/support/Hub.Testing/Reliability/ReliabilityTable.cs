using System.Globalization;
using System.Text;

namespace Hub.Testing.Reliability;

/// <summary>The Markdown table published in docs/reliability.md, printed by the reliability suite and the soak.</summary>
public static class ReliabilityTable
{
    public static string Format(IEnumerable<ReliabilityResult> results)
    {
        var table = new StringBuilder()
            .AppendLine("| scenario | sent | applied | duplicates applied | redelivered to handler (rejected by target) | lost | DLQ'd (expected) | recovery | result |")
            .AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            var note = string.IsNullOrEmpty(r.Note) ? "" : $" ({r.Note})";
            table.AppendLine(CultureInfo.InvariantCulture, $"| {r.Scenario}{note} | {r.Sent} | {r.Applied} | {r.DuplicatesApplied} | {r.RedeliveredToHandler} | {r.Lost} | {r.DeadLettered} ({r.ExpectedDeadLetters}) | {Format(r.Recovery)} | {(r.Passed ? "pass" : "FAIL")} |");
        }

        return table.ToString();
    }

    public static string Format(TimeSpan? recovery) =>
        recovery is { } r ? r.TotalSeconds.ToString("0.0 's'", CultureInfo.InvariantCulture) : "n/a";
}
