using System.Text.Json;
using Hub.Messaging.Processing;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Messaging.Redis;

/// <summary>
/// Replay requests of a consumer group in Redis: pending (written by the operator CLI), active (applied by the
/// owning instance, until the partition's checkpoint passes the end of the range) and a bounded history.
/// Applying is one Lua call that bumps the epoch and moves the request from pending to active, so a request is
/// applied once even if the instance crashes and retries.
/// </summary>
public sealed class ReplayStore(IRedisConnectionProvider connections, IOptions<RedisOptions> options, TimeProvider time) : IReplayStore
{
    private const int HistoryLength = 200;

    // KEYS: pending, active, epochs. ARGV: the partition field. Returns the request and its new epoch.
    private const string ApplyScript = """
        local request = redis.call('HGET', KEYS[1], ARGV[1])
        if not request then return false end
        local epoch = redis.call('HINCRBY', KEYS[3], ARGV[1], 1)
        redis.call('HDEL', KEYS[1], ARGV[1])
        redis.call('HSET', KEYS[2], ARGV[1], request)
        return {request, epoch}
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly string _prefix = options.Value.KeyPrefix;

    public async Task RequestAsync(string group, ReplayRequest request)
    {
        var db = await DatabaseAsync().ConfigureAwait(false);
        await RedisGuard.RunAsync(() => db.HashSetAsync(Pending(group), Field(request.PartitionRef), JsonSerializer.Serialize(request, Json))).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ReplayRequest>> PendingAsync(string group) => await ReadAllAsync(Pending(group)).ConfigureAwait(false);

    public async Task<IReadOnlyList<ReplayRequest>> ActiveAsync(string group) => await ReadAllAsync(Active(group)).ConfigureAwait(false);

    public async Task<IReadOnlyList<ReplayRequest>> HistoryAsync(string group, int max = 50)
    {
        var db = await DatabaseAsync().ConfigureAwait(false);
        var values = await RedisGuard.RunAsync(() => db.ListRangeAsync(History(group), 0, max - 1)).ConfigureAwait(false);
        return values.Select(v => JsonSerializer.Deserialize<ReplayRequest>(v.ToString(), Json)!).ToList();
    }

    /// <summary>Takes the pending request of a partition and bumps its epoch; null when there is none.</summary>
    public async Task<ReplayRequest?> ApplyAsync(string group, PartitionRef partition)
    {
        var db = await DatabaseAsync().ConfigureAwait(false);
        var result = await RedisGuard.RunAsync(() => db.ScriptEvaluateAsync(ApplyScript, [Pending(group), Active(group), new RedisKeys(_prefix).Epochs(group)], [Field(partition)])).ConfigureAwait(false);
        if (result.IsNull)
        {
            return null;
        }

        var parts = (RedisResult[])result!;
        var applied = JsonSerializer.Deserialize<ReplayRequest>(parts[0].ToString(), Json)! with { Epoch = (long)parts[1], AppliedAt = time.GetUtcNow() };
        await RedisGuard.RunAsync(() => db.HashSetAsync(Active(group), Field(partition), JsonSerializer.Serialize(applied, Json))).ConfigureAwait(false);
        return applied;
    }

    /// <summary>The replay of a partition reached its end: it leaves the active set for the history.</summary>
    public async Task CompleteAsync(string group, ReplayRequest active)
    {
        var db = await DatabaseAsync().ConfigureAwait(false);
        var done = active with { CompletedAt = time.GetUtcNow() };
        var tx = db.CreateTransaction();
        _ = tx.HashDeleteAsync(Active(group), Field(active.PartitionRef));
        _ = tx.ListLeftPushAsync(History(group), JsonSerializer.Serialize(done, Json));
        _ = tx.ListTrimAsync(History(group), 0, HistoryLength - 1);
        await RedisGuard.RunAsync(() => tx.ExecuteAsync()).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<ReplayRequest>> ReadAllAsync(RedisKey key)
    {
        var db = await DatabaseAsync().ConfigureAwait(false);
        var entries = await RedisGuard.RunAsync(() => db.HashGetAllAsync(key)).ConfigureAwait(false);
        return entries.Select(e => JsonSerializer.Deserialize<ReplayRequest>(e.Value.ToString(), Json)!).ToList();
    }

    private async Task<IDatabase> DatabaseAsync() => (await connections.GetAsync().ConfigureAwait(false)).GetDatabase();

    private RedisKey Pending(string group) => $"{_prefix}:{{{group}}}:replay:pending";

    private RedisKey Active(string group) => $"{_prefix}:{{{group}}}:replay:active";

    private RedisKey History(string group) => $"{_prefix}:{{{group}}}:replay:history";

    private static RedisValue Field(PartitionRef partition) => RedisKeys.EpochField(partition);
}
