using Hub.Identity;

namespace Hub.Quality.UnitTests;

/// <summary>Profile records as a connector's quality endpoint answers them, built in one line each.</summary>
internal static class Records
{
    public static readonly IReadOnlyList<QualityField> Fields =
    [
        new("email", "EMAIL", FormatKinds.Email),
        new("phone", "PHONE", FormatKinds.Phone),
        new("status", "STATUS"),
        new("changedAt", "CHANGED_ON", FormatKinds.Date),
    ];

    public static readonly IReadOnlyList<MatchKey> Keys = [new("email", MatchNormalization.Email), new("vatId", MatchNormalization.Vat), new("phone", MatchNormalization.Phone)];

    /// <param name="source">Source values by canonical field; the canonical values are the same unless given.</param>
    public static QualityRecord Record(string id, Dictionary<string, string?> source, Dictionary<string, string?>? canonical = null, params QualityIssue[] issues) =>
        new(id, source, canonical ?? source, issues);

    public static QualityIssue Reject(string field, string rule, string? value = null) => new(field, rule, Rejects: true, $"{field} failed {rule}", value);

    public static QualityIssue Warning(string field, string rule, string? value = null) => new(field, rule, Rejects: false, $"{field} warned by {rule}", value);

    public static ProfiledRecords Mapped(params QualityRecord[] records) => new("legacy-csv", "customers", "legacy-to-canonical.customer", "customers_1.csv", Fields, records);
}
