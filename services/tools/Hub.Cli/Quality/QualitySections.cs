using System.Globalization;
using Hub.Quality;

namespace Hub.Cli.Quality;

/// <summary>A quality profile as the sections of its report, in the order a team reads them before switching a connector on.</summary>
public static class QualitySections
{
    public static string Summary(QualityProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return $"{profile.System} {profile.Entity}: {profile.Records} record(s) from {profile.Source} through {profile.Mapping}; "
            + $"{profile.Rejected} would be rejected.";
    }

    public static IReadOnlyList<ReportSection> Of(QualityProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return
        [
            new("Completeness", ["Field", "Source field", "Filled", "Blank", "Filled %"],
                [.. profile.Completeness.Select(c => Row(c.Field, c.From, N(c.Filled), N(c.Blank), c.FilledPercent.ToString("0.0", CultureInfo.InvariantCulture)))]),
            new("Duplicate candidates", ["Match key", "Normalised value", "Records"],
                [.. profile.Duplicates.Select(d => Row(d.Key, d.Value, string.Join(", ", d.RecordIds)))]),
            new("Formats", ["Field", "Format", "Checked", "Not matching", "Examples"],
                [.. profile.Formats.Select(f => Row(f.Field, f.Format, N(f.Checked), N(f.NotMatching), string.Join(" | ", f.Examples)))]),
            new("Values the value maps do not cover", ["Field", "Value", "Records", "Policy"],
                [.. profile.UncoveredValues.Select(u => Row(u.Field, u.Value, N(u.Count), u.Rejects ? "reject" : "default"))]),
            new("Rejects by reason", ["Field", "Rule", "Records", "Example"],
                [.. profile.Rejects.Select(r => Row(r.Field, r.Rule, N(r.Records), r.Example))]),
        ];
    }

    private static IReadOnlyList<string> Row(params string[] cells) => cells;

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
