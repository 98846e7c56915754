namespace Hub.Reconciliation;

/// <summary>One record of a system in canonical form.</summary>
/// <param name="RecordId">The record's id in the system (contact id, partner id).</param>
/// <param name="CanonicalId">Its canonical id from the cross-reference (or the external id the connector wrote); null when the platform does not know the record.</param>
/// <param name="Fields">Canonical field path → value as invariant text (null: the system holds the field but it is empty).</param>
/// <param name="LastModified">When the system last changed the record, if it says.</param>
public sealed record SnapshotRecord(string RecordId, string? CanonicalId, IReadOnlyDictionary<string, string?> Fields, DateTimeOffset? LastModified)
{
    /// <summary>Why the record's fields could not be read in canonical form (the mapping rejected it); its fields are then not compared.</summary>
    public string? Unreadable { get; init; }
}
