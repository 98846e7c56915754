namespace Hub.Reconciliation;

/// <summary>The window and thresholds of one comparison.</summary>
public sealed record ReconcileOptions
{
    /// <summary>The default freshness target: a change is expected everywhere within an hour.</summary>
    public static readonly TimeSpan DefaultFreshnessTarget = TimeSpan.FromHours(1);

    /// <summary>The time of the comparison (reported with the result).</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>
    /// Only records changed at or after this time in at least one system are compared (null: all). Snapshots are read
    /// whole: a record unchanged in one system since then would otherwise look missing there.
    /// </summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>How far a copy may lag behind the newest copy of the record before it counts as stale (default one hour).</summary>
    public TimeSpan FreshnessTarget { get; init; } = DefaultFreshnessTarget;
}
