using Hub.Cli.Infrastructure;
using Hub.Messaging.Processing;
using Hub.Messaging.Redis;
using StackExchange.Redis;

namespace Hub.Cli.Groups;

/// <summary>
/// Consumer groups come from Redis (SCAN for &lt;prefix&gt;:{*}:ckpt:*), as docs/replay.md says: the mock cluster cannot
/// list groups, and a group that never checkpointed has nothing to show or replay.
/// </summary>
public static class GroupDiscovery
{
    public static async Task<IReadOnlyList<GroupInfo>> DiscoverAsync(RedisAccess redis)
    {
        var connection = await redis.ConnectionAsync();
        var pattern = $"{redis.Prefix}:{{*}}:ckpt:*";
        var found = new Dictionary<string, HashSet<PartitionRef>>(StringComparer.Ordinal);
        foreach (var server in connection.GetServers().Where(s => s.IsConnected && !s.IsReplica))
        {
            await redis.Guard(async () =>
            {
                await foreach (var key in server.KeysAsync(pattern: pattern, pageSize: 1000))
                {
                    if (TryParseCheckpointKey(key.ToString(), redis.Keys, redis.Prefix, out var group, out var partition))
                    {
                        if (!found.TryGetValue(group, out var partitions))
                        {
                            found[group] = partitions = [];
                        }

                        partitions.Add(partition);
                    }
                }
            });
        }

        return found
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GroupInfo(g.Key, g.Value.OrderBy(p => p.Topic, StringComparer.Ordinal).ThenBy(p => p.Partition).ToList()))
            .ToList();
    }

    /// <summary>Splits &lt;prefix&gt;:{group}:ckpt:topic:partition, and accepts it only if RedisKeys builds the same key back.</summary>
    public static bool TryParseCheckpointKey(string key, RedisKeys keys, string prefix, out string group, out PartitionRef partition)
    {
        group = string.Empty;
        partition = default;
        var start = $"{prefix}:{{";
        const string Middle = "}:ckpt:";
        var middle = key.IndexOf(Middle, StringComparison.Ordinal);
        var lastColon = key.LastIndexOf(':');
        if (!key.StartsWith(start, StringComparison.Ordinal) || middle < start.Length || lastColon <= middle + Middle.Length
            || !int.TryParse(key.AsSpan(lastColon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        group = key[start.Length..middle];
        partition = new PartitionRef(key[(middle + Middle.Length)..lastColon], number);
        return keys.Checkpoint(group, partition) == (RedisKey)key;
    }

    /// <summary>
    /// A name is a group (exact) or a connector (every group whose name starts with "&lt;connector&gt;.").
    /// Unknown names are bad input, and the message lists what is known.
    /// </summary>
    public static IReadOnlyList<GroupInfo> Select(IReadOnlyList<GroupInfo> all, string? name, string? group = null)
    {
        var selected = all.ToList();
        if (!string.IsNullOrWhiteSpace(name))
        {
            var exact = selected.Where(g => g.Group == name).ToList();
            selected = exact.Count > 0 ? exact : selected.Where(g => g.Connector == name).ToList();
            if (selected.Count == 0)
            {
                throw CliException.BadInput($"Unknown connector or group '{name}'. Known: {Known(all)}.");
            }
        }

        if (!string.IsNullOrWhiteSpace(group))
        {
            selected = selected.Where(g => g.Group == group).ToList();
            if (selected.Count == 0)
            {
                throw CliException.BadInput($"Unknown group '{group}'{(name is null ? "" : $" for '{name}'")}. Known: {Known(all)}.");
            }
        }

        return selected;
    }

    private static string Known(IReadOnlyList<GroupInfo> all) =>
        all.Count == 0 ? "none (no group has written a checkpoint to Redis under this prefix)" : string.Join(", ", all.Select(g => g.Group));
}
