namespace Hub.Messaging.Processing;

/// <summary>What the dedup marker of an event says about it, for one consumer group.</summary>
public enum MarkerState
{
    /// <summary>No marker, or one from an earlier replay epoch: the event must be processed.</summary>
    None,

    /// <summary>Forwarded to the retry topic; the main consumer skips it, the retry consumer owns it.</summary>
    Parked,

    /// <summary>Handled or dead-lettered: nothing more to do.</summary>
    Done,
}
