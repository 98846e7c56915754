using Hub.Connectors.Hosting;
using StackExchange.Redis;

namespace Shop.Connector.Inbound;

/// <summary>
/// What the shop last said about each customer (field → text), per canonical id, in a Redis hash. A non-owned field
/// raises a conflict only when the shop's value changed since, so a customer ordering again does not queue the
/// same proposal every time.
/// </summary>
public sealed class CustomerSnapshots(IConnectionMultiplexer redis, ConnectorStateKeys keys)
{
    public async Task<IReadOnlyDictionary<string, string>> GetAsync(string canonicalId)
    {
        var entries = await redis.GetDatabase().HashGetAllAsync(Key(canonicalId)).ConfigureAwait(false);
        return entries.ToDictionary(e => (string)e.Name!, e => (string)e.Value!, StringComparer.Ordinal);
    }

    public Task SaveAsync(string canonicalId, IReadOnlyDictionary<string, string> values) =>
        redis.GetDatabase().HashSetAsync(Key(canonicalId), values.Select(v => new HashEntry(v.Key, v.Value)).ToArray());

    public const string Store = "customer";

    /// <summary>Where snapshots were kept before the one key scheme (moved at start-up); the star is the canonical id.</summary>
    public const string FormerKeys = "shop-connector:customer:*";

    private RedisKey Key(string canonicalId) => keys.Key(Store, canonicalId);
}
