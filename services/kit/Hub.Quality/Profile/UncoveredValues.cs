namespace Hub.Quality;

/// <summary>The source values the value maps have no entry for, per field and value, most frequent first.</summary>
public static class UncoveredValues
{
    public static IReadOnlyList<UncoveredValue> Of(IReadOnlyList<QualityRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records
            .SelectMany(r => r.Issues.Where(i => i.Rule == QualityIssue.ValueMapRule && i.Value is not null).DistinctBy(i => (i.Field, i.Value)))
            .GroupBy(i => (i.Field, Value: i.Value!))
            .Select(g => new UncoveredValue(g.Key.Field, g.Key.Value, g.Count(), g.Any(i => i.Rejects)))
            .OrderByDescending(u => u.Count).ThenBy(u => u.Field, StringComparer.Ordinal).ThenBy(u => u.Value, StringComparer.Ordinal)
            .ToList();
    }
}
