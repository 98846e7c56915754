namespace Hub.Messaging.Processing;

/// <summary>What one running instance of a subscription last said about itself; read by the operator CLI.</summary>
public sealed record InstanceStatus
{
    public required string Instance { get; init; }

    public required string Subscription { get; init; }

    public required string Group { get; init; }

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
}
