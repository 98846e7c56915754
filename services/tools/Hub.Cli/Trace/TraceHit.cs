namespace Hub.Cli.Trace;

/// <summary>A message carrying the traced event id.</summary>
public sealed record TraceHit
{
    public required string Topic { get; init; }

    public required int Partition { get; init; }

    public required long Offset { get; init; }

    /// <summary>source, retry or dlq.</summary>
    public required string Kind { get; init; }

    public DateTimeOffset Timestamp { get; init; }

    public string? Key { get; init; }

    public string? Group { get; init; }

    public string? AttemptCount { get; init; }

    public string? Error { get; init; }

    public string? ReplayOf { get; init; }

    /// <summary>On retry and dead-letter copies: the source partition (hub-original-topic/-partition).</summary>
    public string? OriginalTopic { get; init; }

    public int? OriginalPartition { get; init; }

    public string Ref => $"{Topic}:{Partition}:{Offset}";
}
