using Hub.Messaging.Processing;

namespace Hub.Cli.Groups;

/// <summary>A consumer group found in Redis, with every partition it has checkpointed (source and retry topics).</summary>
public sealed record GroupInfo(string Group, IReadOnlyList<PartitionRef> Partitions)
{
    /// <summary>Groups are named &lt;connector&gt;.&lt;subscription&gt;; the part before the first dot.</summary>
    public string Connector => Group.Split('.')[0];

    public string RetryTopic => $"{Group}.retry";

    public string DeadLetterTopic => $"{Group}.dlq";

    /// <summary>The retry worker's own consumer group (it checkpoints under the main group in Redis).</summary>
    public string RetryGroup => $"{Group}.retry";

    public IEnumerable<PartitionRef> SourcePartitions => Partitions.Where(p => p.Topic != RetryTopic);

    public IReadOnlyList<string> SourceTopics => SourcePartitions.Select(p => p.Topic).Distinct().Order(StringComparer.Ordinal).ToList();
}
