namespace Hub.Reconciliation;

/// <summary>One page of a system's records and the cursor of the next page (null on the last).</summary>
public sealed record SnapshotPage(IReadOnlyList<SnapshotRecord> Records, string? Next);
