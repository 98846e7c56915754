using Hub.Reconciliation;

namespace Hub.Reconciler;

/// <summary>
/// A comparison as the values of <c>hub_reconcile_differences{entity,system,kind}</c>: every compared system gets every
/// kind, 0 where it has none, so a difference that is repaired shows as 0 rather than as a series that stops (an alert
/// on a vanished series would stay pending on its last value, and a graph would end mid-air).
/// </summary>
public static class DifferenceSamples
{
    public static IReadOnlyList<DifferenceSample> Of(string entity, ReconciliationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var counts = result.Summary.ToDictionary(s => (s.System, s.Kind), s => s.Count);
        return result.Systems.Select(s => s.System)
            .Concat(result.Differences.Select(d => d.System))
            .Distinct(StringComparer.Ordinal)
            .SelectMany(system => Enum.GetValues<DifferenceKind>().Select(kind =>
                new DifferenceSample(entity, system, KindLabel(kind), counts.GetValueOrDefault((system, kind)))))
            .ToList();
    }

    public static string KindLabel(DifferenceKind kind) => kind.ToString().ToLowerInvariant();
}
