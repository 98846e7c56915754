using Hub.Cli.Infrastructure;
using Hub.Messaging.Processing;

namespace Hub.Cli.Groups;

/// <summary>
/// Groups found from Kafka alone, for when Redis cannot be asked: every subscription declares a
/// &lt;group&gt;.retry topic, and the group's source partitions are those it has committed offsets for. Groups are
/// never listed (the embedded mock cluster cannot, and on real clusters that needs Describe rights on every group).
/// </summary>
public static class KafkaGroupDiscovery
{
    private const string RetrySuffix = ".retry";

    public static IReadOnlyList<GroupInfo> Discover(KafkaAccess kafka)
    {
        var topics = kafka.TopicNames();
        var sources = topics.Where(IsSourceCandidate).SelectMany(t => kafka.Partitions(t).Select(p => new PartitionRef(t, p))).ToList();
        var groups = new List<GroupInfo>();
        foreach (var retryTopic in topics.Where(t => t.EndsWith(RetrySuffix, StringComparison.Ordinal)))
        {
            var group = retryTopic[..^RetrySuffix.Length];
            var committed = kafka.Committed(group, sources.Select(p => new Confluent.Kafka.TopicPartition(p.Topic, p.Partition)));
            var consumed = committed.Where(c => c.Value >= 0).Select(c => c.Key.Topic).ToHashSet(StringComparer.Ordinal);
            var partitions = sources.Where(p => consumed.Contains(p.Topic))
                .Concat(kafka.Partitions(retryTopic).Select(p => new PartitionRef(retryTopic, p)))
                .ToList();
            groups.Add(new GroupInfo(group, partitions));
        }

        return groups;
    }

    private static bool IsSourceCandidate(string topic) =>
        !topic.StartsWith('_') && !topic.StartsWith("hub.", StringComparison.Ordinal)
        && !topic.EndsWith(RetrySuffix, StringComparison.Ordinal) && !topic.EndsWith(".dlq", StringComparison.Ordinal);
}
