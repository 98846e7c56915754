using Hub.Cli.Infrastructure;
using Hub.Cli.Output;
using Hub.Reconciliation;

namespace Hub.Cli.Reconcile;

/// <summary>
/// A reconciliation as a summary table (per system and kind) and a per-record list with what each difference is
/// linked to (<see cref="DifferenceLinks"/>), or, with -o json, the result as JSON.
/// </summary>
public static class ReconcileView
{
    public static void Show(CliOutput output, ReconciliationResult result, IReadOnlyDictionary<Difference, IReadOnlyList<DifferenceLink>> links)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(links);
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
                differences = result.Differences.Select(d => new
                {
                    d.Kind, d.System, d.CanonicalId, d.RecordId, d.Field, d.Value, d.Expected, d.Reference, d.Detail,
                    links = links.GetValueOrDefault(d) ?? [],
                }),
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
        var list = CliOutput.NewTable("Kind", "System", "Canonical id", "Record", "Field", "Detail", "Linked to");
        foreach (var d in result.Differences)
        {
            var linked = string.Join("; ", (links.GetValueOrDefault(d) ?? []).Select(l => $"{l.Kind} {l.Ref}"));
            CliOutput.AddRow(list, d.Kind.ToString().ToLowerInvariant(), d.System, d.CanonicalId ?? "-", d.RecordId ?? "-", d.Field ?? "", d.Detail, linked);
        }

        output.Write(list);
        if (links.Count > 0)
        {
            output.Line($"{links.Count} of {result.Differences.Count} difference(s) are linked to a dead letter or a pending conflict (hub dlq show <id>, hub conflicts show <id>).");
        }
    }
}
