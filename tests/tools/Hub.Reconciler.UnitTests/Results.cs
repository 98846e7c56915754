using Hub.Reconciliation;

namespace Hub.Reconciler.UnitTests;

/// <summary>Comparison results as the reconciler gets them from <see cref="Hub.Reconciliation.Reconciler"/>, built by hand.</summary>
internal static class Results
{
    public static ReconciliationResult Of(string[] systems, params Difference[] differences) => new(
        "customer",
        DateTimeOffset.Parse("2026-12-07T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        null,
        TimeSpan.FromHours(1),
        systems.Select(s => new SystemCount(s, 10)).ToList(),
        10,
        differences);

    public static Difference Drift(string system, string canonicalId) =>
        new(DifferenceKind.Drift, system, canonicalId, "1", "email", "b@example.com", "a@example.com", "crm", "email differs");

    public static Difference Missing(string system, string canonicalId) =>
        new(DifferenceKind.Missing, system, canonicalId, null, null, null, null, "crm", "missing");
}
