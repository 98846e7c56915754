namespace Hub.Quality;

/// <summary>Filled and blank counts per source field, in the mapping's field order.</summary>
public static class Completeness
{
    public static IReadOnlyList<FieldCompleteness> Of(IReadOnlyList<QualityRecord> records, IReadOnlyList<QualityField> fields)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(fields);
        return fields.Select(f =>
        {
            var filled = records.Count(r => !string.IsNullOrWhiteSpace(r.Source.GetValueOrDefault(f.Target)));
            var percent = records.Count == 0 ? 0 : Math.Round(filled * 100.0 / records.Count, 1, MidpointRounding.AwayFromZero);
            return new FieldCompleteness(f.Target, f.From, filled, records.Count - filled, percent);
        }).ToList();
    }
}
