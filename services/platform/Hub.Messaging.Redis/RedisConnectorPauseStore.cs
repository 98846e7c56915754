using System.Text.Json;
using Hub.Messaging.Processing;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Messaging.Redis;

/// <summary>
/// The kill switch: one hash per connector, <c>prefix:conn:{connector}:pause</c> (the connector state scheme of
/// docs/architecture.md), field = scope, value = the pause as JSON. No TTL: a pause holds until it is resumed.
/// </summary>
public sealed class RedisConnectorPauseStore(IRedisConnectionProvider connections, IOptions<RedisOptions> options) : IConnectorPauseStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RedisKey Key(string prefix, string connector) => $"{prefix}:conn:{connector}:pause";

    public async Task<IReadOnlyList<ConnectorPause>> GetAsync(string connector)
    {
        var db = (await connections.GetAsync().ConfigureAwait(false)).GetDatabase();
        var entries = await RedisGuard.RunAsync(() => db.HashGetAllAsync(Key(options.Value.KeyPrefix, connector))).ConfigureAwait(false);
        return entries.Select(e => JsonSerializer.Deserialize<ConnectorPause>(e.Value.ToString(), Json)!).OrderBy(p => p.At).ToList();
    }

    public async Task PauseAsync(string connector, ConnectorPause pause)
    {
        var db = (await connections.GetAsync().ConfigureAwait(false)).GetDatabase();
        await RedisGuard.RunAsync(() => db.HashSetAsync(Key(options.Value.KeyPrefix, connector), pause.Scope, JsonSerializer.Serialize(pause, Json))).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ConnectorPause>> ResumeAsync(string connector, string? scope)
    {
        var before = await GetAsync(connector).ConfigureAwait(false);
        var removed = before.Where(p => scope is null || p.Scope == scope).ToList();
        if (removed.Count > 0)
        {
            var db = (await connections.GetAsync().ConfigureAwait(false)).GetDatabase();
            await RedisGuard.RunAsync(() => db.HashDeleteAsync(Key(options.Value.KeyPrefix, connector), removed.Select(p => (RedisValue)p.Scope).ToArray())).ConfigureAwait(false);
        }

        return removed;
    }
}
