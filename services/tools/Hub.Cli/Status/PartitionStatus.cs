namespace Hub.Cli.Status;

/// <summary>One partition of a group: positions, lag against checkpoint and commit, freshness, and its owner.</summary>
public sealed record PartitionStatus
{
    public required string Topic { get; init; }

    public required int Partition { get; init; }

    public long? EndOffset { get; init; }

    public long? CheckpointOffset { get; init; }

    public long? CommittedOffset { get; init; }

    public long? LagFromCheckpoint { get; init; }

    public long? LagFromCommitted { get; init; }

    public DateTimeOffset? EventTime { get; init; }

    public DateTimeOffset? ProcessedAt { get; init; }

    public double? FreshnessSeconds { get; init; }

    /// <summary>The live instance that owns it, "none (…)" when its holder is gone, null when unknown.</summary>
    public string? Owner { get; init; }
}
