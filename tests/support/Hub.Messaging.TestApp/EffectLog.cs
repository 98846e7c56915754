using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Messaging.TestApp;

/// <summary>
/// The handler's observable effects, kept in Redis so tests in another process can read them. Every key carries the
/// namespace as its hash tag (<c>{ns}:applied</c>), so the script below touches one slot on Redis Cluster.
/// </summary>
public sealed class EffectLog(IConnectionMultiplexer redis, IOptions<TestAppOptions> options)
{
    private string Ns => options.Value.Namespace;

    public static RedisKey Key(string ns, string name) => $"{{{ns}}}:{name}";

    public Task<long> CountCallAsync(string eventId) => redis.GetDatabase().StringIncrementAsync(Key(Ns, $"calls:{eventId}"));

    /// <summary>
    /// The target's idempotency check and the effect in one Lua call: a kill -9 between two separate calls would
    /// leave a key marked applied whose effect never happened, which is the target's bug, not the pipeline's.
    /// </summary>
    public async Task ApplyAsync(string idempotencyKey, string effect)
    {
        const string script = """
            if redis.call('SET', KEYS[1], '1', 'NX') then
              redis.call('RPUSH', KEYS[2], ARGV[1])
              return 1
            end
            redis.call('INCR', KEYS[3])
            return 0
            """;
        await redis.GetDatabase().ScriptEvaluateAsync(script, [Key(Ns, $"effect:{idempotencyKey}"), Key(Ns, "applied"), Key(Ns, "rejected-duplicates")], [effect]).ConfigureAwait(false);
    }

    public static async Task<IReadOnlyList<string>> AppliedAsync(IDatabase db, string ns) =>
        (await db.ListRangeAsync(Key(ns, "applied")).ConfigureAwait(false)).Select(v => v.ToString()).ToList();

    /// <summary>The length of the applied list, cheap enough to poll while tens of thousands of events flow.</summary>
    public static Task<long> AppliedCountAsync(IDatabase db, string ns) => db.ListLengthAsync(Key(ns, "applied"));

    public static async Task<long> CallsAsync(IDatabase db, string ns, string eventId) =>
        (long?)await db.StringGetAsync(Key(ns, $"calls:{eventId}")).ConfigureAwait(false) ?? 0;

    public static async Task<long> RejectedDuplicatesAsync(IDatabase db, string ns) =>
        (long?)await db.StringGetAsync(Key(ns, "rejected-duplicates")).ConfigureAwait(false) ?? 0;
}
