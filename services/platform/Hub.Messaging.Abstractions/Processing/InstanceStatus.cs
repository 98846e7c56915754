namespace Hub.Messaging.Processing;

/// <summary>What one running instance of a subscription last said about itself; read by the operator CLI.</summary>
public sealed record InstanceStatus
{
    /// <summary>How often a running instance reports; the heartbeat is written by a timer, not by the poll loop.</summary>
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(5);

    /// <summary>An instance is live while its last report is at most two intervals old; after that it is gone.</summary>
    public static readonly TimeSpan LiveWindow = HeartbeatInterval * 2;

    /// <summary>
    /// How long a gone instance is remembered (and its partitions can count as orphaned). Longer than any session
    /// timeout, so a dead member that still holds its partitions in the group is always visible.
    /// </summary>
    public static readonly TimeSpan GoneMemory = TimeSpan.FromMinutes(15);

    public required string Instance { get; init; }

    public required string Subscription { get; init; }

    public required string Group { get; init; }

    /// <summary>Assigned partitions as <c>topic:partition</c>.</summary>
    public IReadOnlyList<string> Partitions { get; init; } = [];

    /// <summary>closed, open, half-open, or n/a when the subscription has no breaker.</summary>
    public string Circuit { get; init; } = "n/a";

    public bool StoreAvailable { get; init; } = true;

    /// <summary>
    /// What the instance has waiting and why, one line each (e.g. "orders.retry: 37 events parked for the external
    /// system (circuit open)", "orders: paused: processing store (Redis) or schema registry unreachable"); empty when
    /// nothing waits, and in records written before this field existed.
    /// </summary>
    public IReadOnlyList<string> Waiting { get; init; } = [];

    public required DateTimeOffset ReportedAt { get; init; }

    public bool IsLive(DateTimeOffset now) => now - ReportedAt <= LiveWindow;
}
