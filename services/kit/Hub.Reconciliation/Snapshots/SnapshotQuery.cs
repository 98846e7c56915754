namespace Hub.Reconciliation;

/// <summary>Which page of a snapshot to read.</summary>
/// <param name="Since">Only records modified at or after this time; null for all.</param>
/// <param name="After">The cursor the previous page returned (<see cref="SnapshotPage.Next"/>); null for the first page.</param>
/// <param name="Limit">At most this many records (a source may return fewer, e.g. its API's page size).</param>
public sealed record SnapshotQuery(DateTimeOffset? Since, string? After, int Limit)
{
    /// <summary>The page size when the caller names none.</summary>
    public const int DefaultLimit = 100;

    /// <summary>The largest page a caller may ask for.</summary>
    public const int MaxLimit = 1000;
}
