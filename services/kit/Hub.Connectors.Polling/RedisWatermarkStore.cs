using System.Text.Json;
using Hub.Messaging.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Connectors.Polling;

/// <summary>
/// One Redis string per poller, <c>{prefix}:poll:{poller}</c>, holding the watermark as JSON; a single SET, so a
/// crash never leaves a position without its seen set.
/// </summary>
public sealed class RedisWatermarkStore(IRedisConnectionProvider connections, IOptions<RedisOptions> options) : IWatermarkStore
{
    public static string Key(string prefix, string poller) => $"{prefix}:poll:{{{poller}}}";

    public async Task<Watermark?> GetAsync(string poller, CancellationToken cancellationToken)
    {
        var db = (await connections.GetAsync().ConfigureAwait(false)).GetDatabase();
        var value = await db.StringGetAsync(Key(options.Value.KeyPrefix, poller)).ConfigureAwait(false);
        return value.IsNullOrEmpty ? null : WatermarkJson.Read(value.ToString());
    }

    public async Task SaveAsync(string poller, Watermark watermark, CancellationToken cancellationToken)
    {
        var db = (await connections.GetAsync().ConfigureAwait(false)).GetDatabase();
        await db.StringSetAsync(Key(options.Value.KeyPrefix, poller), WatermarkJson.Write(watermark)).ConfigureAwait(false);
    }
}

/// <summary>The stored form: <c>{"position":"…","seen":[{"id":"…","changedAt":"…"}]}</c>, readable with redis-cli.</summary>
internal static class WatermarkJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(Watermark watermark) =>
        JsonSerializer.Serialize(new Stored(watermark.Position, watermark.Seen.Select(k => new StoredKey(k.Id, k.ChangedAt)).ToList()), Options);

    public static Watermark Read(string json)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json, Options) ?? throw new InvalidDataException("empty watermark");
        return new Watermark(stored.Position, (stored.Seen ?? []).Select(k => new DeltaKey(k.Id, k.ChangedAt)).ToList());
    }

    private sealed record Stored(DateTimeOffset? Position, List<StoredKey>? Seen);

    private sealed record StoredKey(string Id, DateTimeOffset ChangedAt);
}
