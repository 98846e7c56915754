namespace Hub.Quality;

/// <summary>Per field whose mapping checks a format: how many values it checked and which it found fault with (<see cref="FormatKinds"/>).</summary>
public static class FormatConsistency
{
    public const int ExamplesShown = 3;

    public static IReadOnlyList<FormatCheck> Of(IReadOnlyList<QualityRecord> records, IReadOnlyList<QualityField> fields)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(fields);
        return fields.Where(f => f.Format is not null).Select(f =>
        {
            var present = records.Where(r => !string.IsNullOrWhiteSpace(r.Source.GetValueOrDefault(f.Target))).ToList();
            var faulty = present.Where(r => r.Issues.Any(i => i.Field == f.Target && FormatKinds.OfRule(i.Rule) == f.Format)).ToList();
            var examples = faulty.Select(r => r.Source[f.Target]!).Distinct(StringComparer.Ordinal).Take(ExamplesShown).ToList();
            return new FormatCheck(f.Target, f.Format!, present.Count, faulty.Count, examples);
        }).ToList();
    }
}
