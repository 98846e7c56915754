using Hub.Messaging.Processing;
using StackExchange.Redis;

namespace Hub.Messaging.Redis;

/// <summary>
/// Every key of a consumer group carries the group in a hash tag ({group}) so that, on Redis Cluster, one
/// group's keys share a slot and a batch can be written in one MULTI.
/// </summary>
public sealed class RedisKeys(string prefix)
{
    /// <summary>A hash of dedup markers (field = event id) for one time bucket; see <see cref="DedupBuckets"/>.</summary>
    public RedisKey Dedup(string group, long bucket) => $"{prefix}:{{{group}}}:dedup:{bucket}";

    public RedisKey Checkpoint(string group, PartitionRef partition) => $"{prefix}:{{{group}}}:ckpt:{partition.Topic}:{partition.Partition}";

    public RedisKey CheckpointHistory(string group, PartitionRef partition) => $"{prefix}:{{{group}}}:ckpth:{partition.Topic}:{partition.Partition}";

    public RedisKey Parked(string group, PartitionRef scope) => $"{prefix}:{{{group}}}:parked:{scope.Topic}:{scope.Partition}";

    /// <summary>Set by a batch commit so a retry of the same commit is recognised and skipped.</summary>
    public RedisKey CommitToken(string group, string commitId) => $"{prefix}:{{{group}}}:commit:{commitId}";

    /// <summary>Replay epoch per partition; a dedup marker from an older epoch no longer counts.</summary>
    public RedisKey Epochs(string group) => $"{prefix}:{{{group}}}:epochs";

    public static RedisValue EpochField(PartitionRef partition) => $"{partition.Topic}:{partition.Partition}";
}
