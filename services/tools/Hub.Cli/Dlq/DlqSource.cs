using Hub.Cli.Groups;
using Hub.Cli.Infrastructure;

namespace Hub.Cli.Dlq;

/// <summary>Finds the dead-letter topics of a connector or group and reads them, marked with what was resolved.</summary>
public static class DlqSource
{
    /// <summary>
    /// Every &lt;group&gt;.dlq topic on the cluster, or those of one connector/group. A name that is neither a known
    /// group (Redis) nor the owner of a dead-letter topic is bad input.
    /// </summary>
    public static async Task<IReadOnlyList<string>> TopicsAsync(CliContext context, string? connectorOrGroup)
    {
        var all = context.Kafka.TopicNames().Where(t => t.EndsWith(".dlq", StringComparison.Ordinal)).ToList();
        if (string.IsNullOrWhiteSpace(connectorOrGroup))
        {
            return all;
        }

        var matching = all.Where(t => t[..^4] == connectorOrGroup || t.StartsWith(connectorOrGroup + ".", StringComparison.Ordinal)).ToList();
        if (matching.Count == 0)
        {
            // Known from Redis but without a dead-letter topic yet is not an error: there is simply nothing dead.
            GroupDiscovery.Select(await GroupDiscovery.DiscoverAsync(context.Redis), connectorOrGroup);
        }

        return matching;
    }

    public static async Task<List<DeadLetter>> ReadAsync(CliContext context, IReadOnlyList<string> topics, DlqFilter filter, CancellationToken cancellationToken)
    {
        var store = new ResolvedStore(context.Redis);
        var letters = new List<DeadLetter>();
        foreach (var topic in topics)
        {
            var resolved = await store.ReadAsync(topic);
            var ranges = context.Kafka.Partitions(topic).Select(p =>
            {
                var marks = context.Kafka.Watermarks(topic, p);
                return new OffsetRange(topic, p, marks.Low.Value, marks.High.Value);
            }).ToList();
            foreach (var result in context.Kafka.Read(ranges, null, cancellationToken))
            {
                var letter = DeadLetter.From(result);
                letter = letter with { Resolved = resolved.GetValueOrDefault(ResolvedStore.Field(letter.Partition, letter.Offset)) };
                if (filter.Matches(letter))
                {
                    letters.Add(letter);
                }
            }
        }

        return letters.OrderBy(l => l.Topic, StringComparer.Ordinal).ThenBy(l => l.Partition).ThenBy(l => l.Offset).ToList();
    }

    /// <summary>Records on the topic, and how many of them are still unresolved (the DLQ depth).</summary>
    /// <summary>Records on the dead-letter topic now (high minus low watermark, per partition); Kafka alone can tell.</summary>
    public static long Messages(CliContext context, string topic) =>
        context.Kafka.Partitions(topic).Sum(p => { var marks = context.Kafka.Watermarks(topic, p); return marks.High.Value - marks.Low.Value; });

    public static async Task<(long Messages, long Unresolved)> DepthAsync(CliContext context, string topic)
    {
        var resolved = await new ResolvedStore(context.Redis).ReadAsync(topic);
        long messages = 0;
        long resolvedLive = 0;
        foreach (var partition in context.Kafka.Partitions(topic))
        {
            var marks = context.Kafka.Watermarks(topic, partition);
            messages += marks.High.Value - marks.Low.Value;
            resolvedLive += resolved.Keys.Count(f => IsLive(f, partition, marks.Low.Value, marks.High.Value));
        }

        return (messages, messages - resolvedLive);
    }

    private static bool IsLive(string field, int partition, long low, long high)
    {
        var parts = field.Split(':');
        return parts.Length == 2
            && int.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var p) && p == partition
            && long.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var o) && o >= low && o < high;
    }
}
