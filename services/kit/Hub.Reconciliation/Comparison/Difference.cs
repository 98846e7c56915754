namespace Hub.Reconciliation;

/// <summary>One difference, about one system's record (or its absence).</summary>
/// <param name="System">The system whose record is missing, extra, drifted or stale.</param>
/// <param name="CanonicalId">The canonical record; null for an extra record.</param>
/// <param name="RecordId">The record's id in <paramref name="System"/>; null when it is missing there.</param>
/// <param name="Field">The canonical field path of a drift; null otherwise.</param>
/// <param name="Value">What <paramref name="System"/> holds in the field (drift).</param>
/// <param name="Expected">What the reference system holds: the field's owner (drift).</param>
/// <param name="Reference">The system compared against: the owner (drift), the newest copy's system (stale), the systems that hold it (missing).</param>
/// <param name="Detail">The difference in words, for people.</param>
public sealed record Difference(
    DifferenceKind Kind,
    string System,
    string? CanonicalId,
    string? RecordId,
    string? Field,
    string? Value,
    string? Expected,
    string? Reference,
    string Detail);
