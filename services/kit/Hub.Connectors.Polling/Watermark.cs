namespace Hub.Connectors.Polling;

/// <summary>
/// How far a poller got: the newest change time it has published (<see cref="Position"/>) and the versions it already
/// published inside the overlap window below it (<see cref="Seen"/>), so re-reading the window publishes nothing twice.
/// </summary>
public sealed record Watermark(DateTimeOffset? Position, IReadOnlyList<DeltaKey> Seen)
{
    public static readonly Watermark Empty = new(null, []);
}
