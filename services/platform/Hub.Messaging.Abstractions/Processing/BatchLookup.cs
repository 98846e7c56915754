namespace Hub.Messaging.Processing;

/// <summary>The processing state of a batch, read in one round trip before any handler runs.</summary>
public sealed record BatchLookup(
    IReadOnlyDictionary<string, MarkerState> Markers,
    IReadOnlyDictionary<string, long> ParkedKeyCounts,
    long ReplayEpoch)
{
    public static BatchLookup Empty { get; } = new(new Dictionary<string, MarkerState>(), new Dictionary<string, long>(), 0);

    public MarkerState MarkerOf(string eventId) => Markers.GetValueOrDefault(eventId, MarkerState.None);

    public bool IsKeyParked(string key) => ParkedKeyCounts.GetValueOrDefault(key) > 0;
}
