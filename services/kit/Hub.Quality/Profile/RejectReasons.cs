namespace Hub.Quality;

/// <summary>
/// Why the mapping would reject records, per field and rule (a record rejected for two reasons counts in both), most
/// frequent first; the message of the first record is the example.
/// </summary>
public static class RejectReasons
{
    public static IReadOnlyList<RejectReason> Of(IReadOnlyList<QualityRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records
            .SelectMany(r => r.Issues.Where(i => i.Rejects).DistinctBy(i => (i.Field, i.Rule)))
            .GroupBy(i => (i.Field, i.Rule))
            .Select(g => new RejectReason(g.Key.Field, g.Key.Rule, g.Count(), g.First().Message))
            .OrderByDescending(r => r.Records).ThenBy(r => r.Field, StringComparer.Ordinal).ThenBy(r => r.Rule, StringComparer.Ordinal)
            .ToList();
    }
}
