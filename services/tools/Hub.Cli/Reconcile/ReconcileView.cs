using Hub.Cli.Infrastructure;
using Hub.Cli.Output;
using Hub.Reconciliation;

namespace Hub.Cli.Reconcile;

/// <summary>A reconciliation as a summary table (per system and kind) and a per-record list, or, with -o json, the result as JSON.</summary>
public static class ReconcileView
{
    public static void Show(CliOutput output, ReconciliationResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        if (output.IsJson)
        {
            output.WriteJson(new
            {
                result.EntityType,
                result.At,
                result.Since,
                freshnessTarget = result.FreshnessTarget.ToString(),
                result.Systems,
                result.Compared,
                summary = result.Summary,
                differences = result.Differences,
            });
            return;
        }

        var window = result.Since is { } since ? $" changed since {TimeExpression.Show(since)}" : "";
        output.Line($"{result.EntityType}: {result.Compared} record(s){window} compared across {string.Join(", ", result.Systems.Select(s => $"{s.System} ({s.Records})"))}; freshness target {TimeExpression.ShowAge(result.FreshnessTarget)}.");
        if (!result.HasDifferences)
        {
            output.Line("No differences.");
            return;
        }

        var summary = CliOutput.NewTable("System", "Missing", "Extra", "Drift", "Stale");
        foreach (var system in result.Summary.GroupBy(s => s.System))
        {
            CliOutput.AddRow(summary, [system.Key, .. Enum.GetValues<DifferenceKind>().Select(k => system.Where(s => s.Kind == k).Sum(s => s.Count).ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        }

        output.Write(summary);
        var list = CliOutput.NewTable("Kind", "System", "Canonical id", "Record", "Field", "Detail");
        foreach (var d in result.Differences)
        {
            CliOutput.AddRow(list, d.Kind.ToString().ToLowerInvariant(), d.System, d.CanonicalId ?? "-", d.RecordId ?? "-", d.Field ?? "", d.Detail);
        }

        output.Write(list);
    }
}
