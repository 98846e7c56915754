namespace Hub.Messaging.Processing;

/// <summary>
/// Everything a finished batch changes in the processing store, written atomically: dedup markers, the
/// checkpoint of each partition, and the parked-key counts that keep per-key order while events wait for a retry.
/// </summary>
public sealed class BatchOutcome
{
    private readonly Dictionary<string, EventMarker> _markers = new();
    private readonly Dictionary<PartitionRef, Checkpoint> _checkpoints = new();
    private readonly Dictionary<(PartitionRef Scope, string Key), int> _parkedDeltas = new();

    /// <summary>
    /// Identifies this outcome so a commit retried after a lost reply is applied once, not twice
    /// (parked-key counts are increments and must not be doubled).
    /// </summary>
    public string CommitId { get; } = Guid.NewGuid().ToString("N");

    public IReadOnlyDictionary<string, EventMarker> Markers => _markers;

    public IReadOnlyDictionary<PartitionRef, Checkpoint> Checkpoints => _checkpoints;

    public IReadOnlyDictionary<(PartitionRef Scope, string Key), int> ParkedDeltas => _parkedDeltas;

    public bool IsEmpty => _markers.Count == 0 && _checkpoints.Count == 0 && _parkedDeltas.Count == 0;

    public void Mark(string eventId, MarkerState state, long replayEpoch) => _markers[eventId] = new EventMarker(state, replayEpoch);

    /// <summary>Keeps the highest offset seen per partition; a batch finishes its messages in offset order.</summary>
    public void Advance(PartitionRef partition, Checkpoint checkpoint)
    {
        if (!_checkpoints.TryGetValue(partition, out var current) || checkpoint.Offset > current.Offset)
        {
            _checkpoints[partition] = checkpoint;
        }
    }

    public void ChangeParked(PartitionRef scope, string key, int delta) =>
        _parkedDeltas[(scope, key)] = _parkedDeltas.GetValueOrDefault((scope, key)) + delta;

    public void MergeFrom(BatchOutcome other)
    {
        foreach (var (id, marker) in other._markers) _markers[id] = marker;
        foreach (var (partition, checkpoint) in other._checkpoints) Advance(partition, checkpoint);
        foreach (var ((scope, key), delta) in other._parkedDeltas) ChangeParked(scope, key, delta);
    }
}
