namespace Hub.Quality;

/// <summary>One record of a system run through the connector's inbound mapping (nothing published, nothing written).</summary>
/// <param name="RecordId">The record's id in its system (contact id, row number of an export).</param>
/// <param name="Source">Canonical target field → the source value as the system holds it (before trimming, defaults and formats); null when blank or absent.</param>
/// <param name="Canonical">The mapped canonical values as text, dotted paths (<c>billingAddress.city</c>); kept for a rejected record too, field by field.</param>
/// <param name="Issues">Everything the mapping found, rejects and warnings.</param>
public sealed record QualityRecord(
    string RecordId,
    IReadOnlyDictionary<string, string?> Source,
    IReadOnlyDictionary<string, string?> Canonical,
    IReadOnlyList<QualityIssue> Issues)
{
    public bool IsRejected => Issues.Any(i => i.Rejects);
}
