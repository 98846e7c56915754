namespace Hub.Messaging.Processing;

/// <summary>
/// One operator's kill switch on a connector (`hub pause`, docs/runbooks/pause-a-connector.md): what is paused
/// (<see cref="Scope"/>, see <see cref="PauseScope"/>), by whom, when and why. It holds until `hub resume`.
/// </summary>
public sealed record ConnectorPause
{
    /// <summary><c>all</c>, <c>inbound</c>, <c>outbound</c> or <c>subscription:&lt;name&gt;</c>.</summary>
    public required string Scope { get; init; }

    public required string Who { get; init; }

    public required DateTimeOffset At { get; init; }

    public required string Reason { get; init; }

    /// <summary>For logs, health details and the heartbeat: "paused (outbound) by ana at ...: INC-9 ERP migration".</summary>
    public string Describe() => $"paused ({Scope}) by {Who} at {At.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z: {Reason}";
}
