namespace Hub.Cli.Replay;

public enum ReplayModeKind
{
    /// <summary>--since-processed: from the checkpoint history (what this group processed since T).</summary>
    SinceProcessed,

    /// <summary>--from-time: Kafka's time index (OffsetsForTimes), real clusters only.</summary>
    FromTime,

    /// <summary>--from-offset: the same offset on every selected partition.</summary>
    FromOffset,

    /// <summary>--from-beginning: the low watermark.</summary>
    FromBeginning,
}
