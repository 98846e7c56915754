namespace Hub.Messaging.Processing;

/// <summary>
/// An operator's request to handle a partition's events again from <see cref="FromOffset"/> up to (not including)
/// <see cref="UntilOffset"/>. Applied by whichever instance owns the partition: it seeks, commits the new position
/// and bumps the partition's replay epoch so dedup lets each event through once more. With <see cref="Keys"/> or
/// <see cref="EventTypes"/>, events in the range that do not match are skipped instead of handled.
/// </summary>
public sealed record ReplayRequest
{
    public required string Id { get; init; }

    public required string Topic { get; init; }

    public required int Partition { get; init; }

    public required long FromOffset { get; init; }

    /// <summary>Exclusive end: the partition's end offset when the replay was requested.</summary>
    public required long UntilOffset { get; init; }

    public IReadOnlyList<string> Keys { get; init; } = [];

    public IReadOnlyList<string> EventTypes { get; init; } = [];

    public required string RequestedBy { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }

    public string Reason { get; init; } = string.Empty;

    /// <summary>Set when an instance applied the request: the epoch its handling runs under.</summary>
    public long? Epoch { get; init; }

    public DateTimeOffset? AppliedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public PartitionRef PartitionRef => new(Topic, Partition);

    public bool HasFilter => Keys.Count > 0 || EventTypes.Count > 0;

    /// <summary>Whether an event at this offset, with this key and type, is to be handled during the replay.</summary>
    public bool Selects(long offset, string key, string? eventType) =>
        offset >= UntilOffset
        || ((Keys.Count == 0 || Keys.Contains(key)) && (EventTypes.Count == 0 || (eventType is not null && EventTypes.Contains(eventType))));
}
