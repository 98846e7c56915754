using Hub.Messaging.Processing;

namespace Hub.Cli.Replay;

/// <summary>One partition's part of a replay: handle [From, Until) again. Until is the end offset at request time.</summary>
public sealed record PartitionPlan(string Group, PartitionRef Partition, long From, long Until, string? Note = null)
{
    public long Count => Math.Max(0, Until - From);
}
