using System.Globalization;
using System.Text.Json;
using Hub.Cli.Infrastructure;
using StackExchange.Redis;

namespace Hub.Cli.Dlq;

/// <summary>
/// &lt;prefix&gt;:dlq:{&lt;dlq topic&gt;}:resolved (docs/replay.md): field "partition:offset", value {action, by, at, reason}.
/// Kafka cannot delete single records, so a replayed or purged dead letter is marked here and hidden from lists.
/// </summary>
public sealed class ResolvedStore(RedisAccess redis)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public RedisKey Key(string dlqTopic) => $"{redis.Prefix}:dlq:{{{dlqTopic}}}:resolved";

    public static string Field(int partition, long offset) => string.Create(CultureInfo.InvariantCulture, $"{partition}:{offset}");

    public async Task<IReadOnlyDictionary<string, ResolvedEntry>> ReadAsync(string dlqTopic)
    {
        var db = await redis.DatabaseAsync();
        var entries = await redis.Guard(() => db.HashGetAllAsync(Key(dlqTopic)));
        var result = new Dictionary<string, ResolvedEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            try
            {
                result[entry.Name.ToString()] = JsonSerializer.Deserialize<ResolvedEntry>(entry.Value.ToString(), Json)!;
            }
            catch (JsonException)
            {
                // A hand-edited or foreign value still counts as resolved; what it says is unknown.
                result[entry.Name.ToString()] = new ResolvedEntry("unknown", "unknown", DateTimeOffset.MinValue, entry.Value.ToString());
            }
        }

        return result;
    }

    public async Task MarkAsync(string dlqTopic, IEnumerable<(int Partition, long Offset)> letters, ResolvedEntry entry)
    {
        var value = JsonSerializer.Serialize(entry, Json);
        var fields = letters.Select(l => new HashEntry(Field(l.Partition, l.Offset), value)).ToArray();
        if (fields.Length == 0)
        {
            return;
        }

        var db = await redis.DatabaseAsync();
        await redis.Guard(() => db.HashSetAsync(Key(dlqTopic), fields));
    }

    /// <summary>Drops marks of records Kafka's retention already deleted (offset below the low watermark).</summary>
    public async Task<long> ForgetBelowAsync(string dlqTopic, IReadOnlyDictionary<int, long> lowWatermarks)
    {
        var stale = (await ReadAsync(dlqTopic)).Keys
            .Select(f => (Field: f, Parts: f.Split(':')))
            .Where(f => f.Parts.Length == 2
                && int.TryParse(f.Parts[0], CultureInfo.InvariantCulture, out var p)
                && long.TryParse(f.Parts[1], CultureInfo.InvariantCulture, out var o)
                && lowWatermarks.TryGetValue(p, out var low) && o < low)
            .Select(f => (RedisValue)f.Field)
            .ToArray();
        if (stale.Length == 0)
        {
            return 0;
        }

        var db = await redis.DatabaseAsync();
        return await redis.Guard(() => db.HashDeleteAsync(Key(dlqTopic), stale));
    }
}
