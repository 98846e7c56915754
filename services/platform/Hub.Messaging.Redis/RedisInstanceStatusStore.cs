using System.Text.Json;
using Hub.Messaging.Processing;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Messaging.Redis;

/// <summary>
/// Instance heartbeats in one hash per group (<c>prefix:{group}:instances</c>, field = instance). The hash expires
/// a minute after the last report, so a group whose instances all died shows none; a single dead instance stays
/// (gone, with its last report) until a live one prunes it after <see cref="InstanceStatus.GoneMemory"/>.
/// </summary>
public sealed class RedisInstanceStatusStore(IRedisConnectionProvider connections, IOptions<RedisOptions> options) : IInstanceStatusStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public async Task ReportAsync(InstanceStatus status)
    {
        var db = (await connections.GetAsync().ConfigureAwait(false)).GetDatabase();
        var key = Key(status.Group);
        var batch = db.CreateBatch();
        var write = batch.HashSetAsync(key, status.Instance, JsonSerializer.Serialize(status, Json));
        var expire = batch.KeyExpireAsync(key, Lifetime);
        batch.Execute();
        await RedisGuard.RunAsync(() => Task.WhenAll(write, expire)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<InstanceStatus>> ListAsync(string group)
    {
        var db = (await connections.GetAsync().ConfigureAwait(false)).GetDatabase();
        var entries = await RedisGuard.RunAsync(() => db.HashGetAllAsync(Key(group))).ConfigureAwait(false);
        return entries.Select(e => JsonSerializer.Deserialize<InstanceStatus>(e.Value.ToString(), Json)!).ToList();
    }

    public async Task RemoveAsync(string group, string instance)
    {
        var db = (await connections.GetAsync().ConfigureAwait(false)).GetDatabase();
        await RedisGuard.RunAsync(() => db.HashDeleteAsync(Key(group), instance)).ConfigureAwait(false);
    }

    private RedisKey Key(string group) => $"{options.Value.KeyPrefix}:{{{group}}}:instances";
}
