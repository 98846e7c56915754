namespace Hub.Cli.Audit;

/// <summary>One state-changing command as written to the hub.audit topic (docs/replay.md, "Audit").</summary>
public sealed record AuditRecord
{
    public required string Id { get; init; }

    public required DateTimeOffset At { get; init; }

    public required string Who { get; init; }

    public required string Command { get; init; }

    public required IReadOnlyList<string> Arguments { get; init; }

    public string? Reason { get; init; }

    public required bool DryRun { get; init; }

    /// <summary>dry-run, succeeded, partially-failed or failed: &lt;message&gt;.</summary>
    public required string Outcome { get; init; }

    /// <summary>The affected group or topic; also the record's Kafka key.</summary>
    public required string Target { get; init; }

    /// <summary>What was or would have been changed (requests written, dead letters replayed, topics created).</summary>
    public object? Details { get; init; }
}
