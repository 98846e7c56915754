namespace Hub.Quality;

/// <summary>
/// What `hub quality` reports on one system's records of one entity: completeness per field, duplicate candidates,
/// format checks, values the value maps do not cover, and what the mapping would reject and why.
/// </summary>
public sealed record QualityProfile(
    string System,
    string Entity,
    string Mapping,
    string Source,
    int Records,
    int Rejected,
    IReadOnlyList<FieldCompleteness> Completeness,
    IReadOnlyList<DuplicateCandidate> Duplicates,
    IReadOnlyList<FormatCheck> Formats,
    IReadOnlyList<UncoveredValue> UncoveredValues,
    IReadOnlyList<RejectReason> Rejects)
{
    /// <summary>
    /// Something to look at before switching the connector on: a duplicate candidate, a value in the wrong format, a
    /// value no value map covers, or a record the mapping would reject. Blank optional fields alone are not findings.
    /// </summary>
    public bool HasFindings => Rejected > 0 || Duplicates.Count > 0 || UncoveredValues.Count > 0 || Formats.Any(f => f.NotMatching > 0);
}
