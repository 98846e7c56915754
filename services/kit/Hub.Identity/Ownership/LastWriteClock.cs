using StackExchange.Redis;

namespace Hub.Identity;

/// <summary>
/// Per-field last-write timestamps of one entity in a Redis hash. Compare-and-set for all fields in one script,
/// so two systems changing the same field at once cannot both win. Equal timestamps apply, so a redelivered event
/// whose first application failed downstream is applied again rather than dropped as stale.
/// </summary>
internal sealed class LastWriteClock(IConnectionMultiplexer redis, string prefix)
{
    // KEYS: the entity's hash. ARGV: occurred-at ms, fields... Returns per field -1 (won) or the newer stored ms.
    private const string Script = """
        local out = {}
        local at = tonumber(ARGV[1])
        for i = 2, #ARGV do
          local current = tonumber(redis.call('HGET', KEYS[1], ARGV[i]) or '-1')
          if current > at then
            table.insert(out, current)
          else
            redis.call('HSET', KEYS[1], ARGV[i], ARGV[1])
            table.insert(out, -1)
          end
        end
        return out
        """;

    /// <returns>Field → the newer timestamp that beat this write, or null when this write won.</returns>
    public async Task<Dictionary<string, DateTimeOffset?>> TryAdvanceAsync(string entityType, string canonicalId, IReadOnlyList<string> fields, DateTimeOffset occurredAt)
    {
        var outcome = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        if (fields.Count == 0)
        {
            return outcome;
        }

        RedisValue[] args = [occurredAt.ToUnixTimeMilliseconds(), .. fields.Select(f => (RedisValue)f)];
        var key = $"{prefix}:own:{{{entityType}}}:lww:{canonicalId}";
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(Script, [key], args).ConfigureAwait(false))!;
        for (var i = 0; i < fields.Count; i++)
        {
            var stored = (long)result[i];
            outcome[fields[i]] = stored < 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(stored);
        }

        return outcome;
    }
}
