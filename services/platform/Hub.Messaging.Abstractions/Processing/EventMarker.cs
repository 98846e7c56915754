namespace Hub.Messaging.Processing;

/// <summary>A dedup marker to write: its state and the replay epoch it belongs to.</summary>
public readonly record struct EventMarker(MarkerState State, long ReplayEpoch);
