using Hub.Messaging.Processing;

namespace Hub.Cli.Status;

/// <summary>One consumer group as `hub status` shows it; Redis-backed fields are null when Redis is unreachable.</summary>
public sealed record GroupStatus
{
    public required string Group { get; init; }

    public required string Connector { get; init; }

    public required IReadOnlyList<PartitionStatus> Partitions { get; init; }

    public required string DlqTopic { get; init; }

    public long? DlqMessages { get; init; }

    /// <summary>Records minus those marked resolved; null when the topic is missing or Redis is unreachable.</summary>
    public long? DlqDepth { get; init; }

    /// <summary>Instances whose heartbeat is at most two intervals old; null when no instance reports (n/a).</summary>
    public IReadOnlyList<InstanceStatus>? Instances { get; init; }

    /// <summary>Instances silent for longer, still remembered (a crash, or a stop that could not say so).</summary>
    public IReadOnlyList<InstanceStatus> GoneInstances { get; init; } = [];

    /// <summary>Partitions a gone instance held that no live instance owns: nobody processes them now.</summary>
    public IReadOnlyList<OrphanedPartition> OrphanedPartitions { get; init; } = [];

    /// <summary>The coordinator's view of the main and retry groups (null: not described, see <see cref="KafkaViewUnavailable"/>).</summary>
    public KafkaGroupView? KafkaGroup { get; init; }

    public KafkaGroupView? KafkaRetryGroup { get; init; }

    /// <summary>Why the cluster gave no description (the embedded mock cluster has no DescribeGroups).</summary>
    public string? KafkaViewUnavailable { get; init; }

    public int? PendingReplays { get; init; }

    public int? ActiveReplays { get; init; }
}
