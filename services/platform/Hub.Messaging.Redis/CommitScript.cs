using Hub.Messaging.Processing;
using StackExchange.Redis;

namespace Hub.Messaging.Redis;

/// <summary>
/// The whole batch outcome as one Lua call: atomic like MULTI/EXEC, but one command on the wire, and the markers
/// go into one bucket hash with a single HSET, which keeps the write cheap for batches of hundreds of events. All keys carry the
/// group's hash tag, so on Redis Cluster they live in one slot as a script requires.
/// </summary>
internal static class CommitScript
{
    // KEYS: commit token, the current dedup bucket hash, then per checkpoint its hash and history list, then per
    // parked change its hash. ARGV: lifetimeSeconds, historyLength, markerCount, checkpointCount, parkedCount,
    // then marker field/value pairs, per checkpoint offset/eventMs/processedMs/historyEntry, per parked change
    // field/delta.
    private const string Source = """
        local lifetime = tonumber(ARGV[1])
        if redis.call('SET', KEYS[1], '1', 'NX', 'EX', lifetime) == false then return -1 end
        local historyLength = tonumber(ARGV[2])
        local markers = tonumber(ARGV[3])
        local checkpoints = tonumber(ARGV[4])
        local parked = tonumber(ARGV[5])
        local a = 6
        local i = 0
        while i < markers do
          local n = math.min(markers - i, 500)
          redis.call('HSET', KEYS[2], unpack(ARGV, a, a + (2 * n) - 1))
          a = a + (2 * n)
          i = i + n
        end
        if markers > 0 then redis.call('EXPIRE', KEYS[2], lifetime) end
        local k = 3
        for c = 1, checkpoints do
          redis.call('HSET', KEYS[k], 'offset', ARGV[a], 'eventTimeMs', ARGV[a + 1], 'processedMs', ARGV[a + 2])
          redis.call('LPUSH', KEYS[k + 1], ARGV[a + 3])
          redis.call('LTRIM', KEYS[k + 1], 0, historyLength - 1)
          k = k + 2
          a = a + 4
        end
        for p = 1, parked do
          local v = redis.call('HINCRBY', KEYS[k], ARGV[a], ARGV[a + 1])
          if v <= 0 then redis.call('HDEL', KEYS[k], ARGV[a]) end
          k = k + 1
          a = a + 2
        end
        return markers
        """;

    public static string Text => Source;

    public static (RedisKey[] Keys, RedisValue[] Args) Arguments(RedisKeys keys, string group, BatchOutcome outcome, long dedupBucket, TimeSpan lifetime, int historyLength)
    {
        var parkedChanges = outcome.ParkedDeltas.Where(d => d.Value != 0).ToList();
        var keyList = new List<RedisKey>(2 + (outcome.Checkpoints.Count * 2) + parkedChanges.Count)
        {
            keys.CommitToken(group, outcome.CommitId),
            keys.Dedup(group, dedupBucket),
        };
        var args = new List<RedisValue>(5 + (outcome.Markers.Count * 2) + (outcome.Checkpoints.Count * 4) + (parkedChanges.Count * 2))
        {
            (long)lifetime.TotalSeconds, historyLength, outcome.Markers.Count, outcome.Checkpoints.Count, parkedChanges.Count,
        };
        foreach (var (eventId, marker) in outcome.Markers)
        {
            args.Add(eventId);
            args.Add(MarkerCodec.Encode(marker.State, marker.ReplayEpoch));
        }

        foreach (var (partition, checkpoint) in outcome.Checkpoints)
        {
            keyList.Add(keys.Checkpoint(group, partition));
            keyList.Add(keys.CheckpointHistory(group, partition));
            args.Add(checkpoint.Offset);
            args.Add(checkpoint.EventTime.ToUnixTimeMilliseconds());
            args.Add(checkpoint.ProcessedAt.ToUnixTimeMilliseconds());
            args.Add(CheckpointCodec.ToHistoryEntry(checkpoint));
        }

        foreach (var ((scope, key), delta) in parkedChanges)
        {
            keyList.Add(keys.Parked(group, scope));
            args.Add(key);
            args.Add(delta);
        }

        return (keyList.ToArray(), args.ToArray());
    }
}
