namespace Hub.Reconciliation;

/// <summary>The outcome of comparing several systems' snapshots of one entity type; serialisable as JSON.</summary>
/// <param name="Systems">Each compared system and how many records it holds.</param>
/// <param name="Compared">How many canonical records (and extra records) were in the window.</param>
public sealed record ReconciliationResult(
    string EntityType,
    DateTimeOffset At,
    DateTimeOffset? Since,
    TimeSpan FreshnessTarget,
    IReadOnlyList<SystemCount> Systems,
    int Compared,
    IReadOnlyList<Difference> Differences)
{
    public bool HasDifferences => Differences.Count > 0;

    /// <summary>Differences per system and kind, for the summary table and (later) the gauges.</summary>
    public IReadOnlyList<DifferenceCount> Summary => Differences
        .GroupBy(d => (d.System, d.Kind))
        .OrderBy(g => g.Key.System, StringComparer.Ordinal).ThenBy(g => g.Key.Kind)
        .Select(g => new DifferenceCount(g.Key.System, g.Key.Kind, g.Count()))
        .ToList();

    /// <summary>The same result with only the differences about the given systems (all when empty).</summary>
    public ReconciliationResult About(IReadOnlyCollection<string> systems)
    {
        ArgumentNullException.ThrowIfNull(systems);
        return systems.Count == 0 ? this : this with { Differences = Differences.Where(d => systems.Contains(d.System)).ToList() };
    }
}
