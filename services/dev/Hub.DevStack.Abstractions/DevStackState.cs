namespace Hub.DevStack;

/// <summary>What a running dev host tells other processes (connectors, CLI, tests) through its state file.</summary>
public sealed record DevStackState
{
    public required string BootstrapServers { get; init; }

    /// <summary>StackExchange.Redis configuration string, e.g. <c>127.0.0.1:6390</c>.</summary>
    public required string RedisEndpoint { get; init; }

    public required int Pid { get; init; }

    /// <summary>Base URL of the loopback control API (fault injection), null when not serving one.</summary>
    public Uri? ControlUrl { get; init; }

    /// <summary>True when Kafka is the embedded mock cluster, i.e. fault injection is available.</summary>
    public bool Embedded { get; init; }

    public string? TopicsFile { get; init; }

    public DateTimeOffset StartedAt { get; init; }
}
