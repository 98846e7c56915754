using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Messaging.TestApp;

/// <summary>The handler's observable effects, kept in Redis so tests in another process can read them.</summary>
public sealed class EffectLog(IConnectionMultiplexer redis, IOptions<TestAppOptions> options)
{
    private string Ns => options.Value.Namespace;

    public Task<long> CountCallAsync(string eventId) => redis.GetDatabase().StringIncrementAsync($"{Ns}:calls:{eventId}");

    public async Task ApplyAsync(string idempotencyKey, string effect)
    {
        var db = redis.GetDatabase();
        if (await db.StringSetAsync($"{Ns}:effect:{idempotencyKey}", 1, when: When.NotExists).ConfigureAwait(false))
        {
            await db.ListRightPushAsync($"{Ns}:applied", effect).ConfigureAwait(false);
        }
        else
        {
            await db.StringIncrementAsync($"{Ns}:rejected-duplicates").ConfigureAwait(false);
        }
    }

    public static async Task<IReadOnlyList<string>> AppliedAsync(IDatabase db, string ns) =>
        (await db.ListRangeAsync($"{ns}:applied").ConfigureAwait(false)).Select(v => v.ToString()).ToList();

    public static async Task<long> CallsAsync(IDatabase db, string ns, string eventId) =>
        (long?)await db.StringGetAsync($"{ns}:calls:{eventId}").ConfigureAwait(false) ?? 0;

    public static async Task<long> RejectedDuplicatesAsync(IDatabase db, string ns) =>
        (long?)await db.StringGetAsync($"{ns}:rejected-duplicates").ConfigureAwait(false) ?? 0;
}
