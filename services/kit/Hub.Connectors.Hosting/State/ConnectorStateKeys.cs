using Hub.Messaging.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Connectors.Hosting;

/// <summary>
/// The one key scheme of a connector's own state in Redis: <c>{prefix}:conn:{connector}:{store}</c>, with
/// <c>:{id}</c> for per-record keys. Keys one MULTI or script touches together share a hash tag instead:
/// <c>{prefix}:conn:{{connector.store}}:{part}</c>, so they live in one Redis Cluster slot. The table of every
/// store is in docs/architecture.md ("Redis keys").
/// </summary>
public sealed class ConnectorStateKeys(IOptions<ConnectorOptions> connector, IOptions<RedisOptions> redis)
{
    public const string Segment = "conn";

    /// <summary><c>{prefix}:conn:{connector}</c>, the common start of every key of this connector (untagged ones).</summary>
    public string Root => $"{redis.Value.KeyPrefix}:{Segment}:{connector.Value.Name}";

    /// <summary>The single key of a store, e.g. <c>hub:conn:erp-connector:order-status</c>.</summary>
    public RedisKey Key(string store) => $"{Root}:{store}";

    /// <summary>One record's key in a store, e.g. <c>hub:conn:shop-connector:customer:{canonicalId}</c>.</summary>
    public RedisKey Key(string store, string id) => $"{Root}:{store}:{id}";

    /// <summary>A key of a store whose keys are written together: every part shares the hash tag <c>{connector.store}</c>.</summary>
    public RedisKey Tagged(string store, string part) => $"{redis.Value.KeyPrefix}:{Segment}:{{{connector.Value.Name}.{store}}}:{part}";
}
