using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Identity;

/// <summary>
/// Conflicts in Redis: <c>{prefix}:{conflicts}:conflict:{id}</c> holds the record as JSON, sorted sets list pending
/// and decided ids by time. A decision is one script that moves the id from pending to decided, so two operators
/// deciding the same conflict cannot both succeed.
/// </summary>
public sealed class ConflictStore(IConnectionMultiplexer redis, IOptions<IdentityOptions> options, TimeProvider time)
{
    // KEYS: record, pending, decided. ARGV: id, new JSON, decided ms. Returns 1 if this call decided it.
    private const string DecideScript = """
        if redis.call('ZREM', KEYS[2], ARGV[1]) == 0 then return 0 end
        redis.call('SET', KEYS[1], ARGV[2])
        redis.call('ZADD', KEYS[3], ARGV[3], ARGV[1])
        return 1
        """;

    private readonly string _base = $"{options.Value.KeyPrefix}:{{conflicts}}:";

    private string Pending => _base + "pending";

    private string Decided => _base + "decided";

    /// <summary>Stores a new pending conflict; storing the same id again changes nothing.</summary>
    public async Task RecordAsync(ConflictRecord conflict)
    {
        var db = redis.GetDatabase();
        var json = JsonSerializer.Serialize(conflict with { Status = ConflictStatus.Pending }, ConflictJsonSerializer.Options);
        if (await db.StringSetAsync(Key(conflict.ConflictId), json, when: When.NotExists).ConfigureAwait(false))
        {
            await db.SortedSetAddAsync(Pending, conflict.ConflictId, conflict.RaisedAt.ToUnixTimeMilliseconds()).ConfigureAwait(false);
        }
    }

    public async Task<ConflictRecord?> GetAsync(string conflictId)
    {
        var json = await redis.GetDatabase().StringGetAsync(Key(conflictId)).ConfigureAwait(false);
        return json.IsNull ? null : JsonSerializer.Deserialize<ConflictRecord>(json.ToString(), ConflictJsonSerializer.Options);
    }

    /// <summary>Pending conflicts, oldest first.</summary>
    public Task<IReadOnlyList<ConflictRecord>> ListPendingAsync(int max = 100) => ListAsync(Pending, max);

    /// <summary>Decided conflicts, newest first.</summary>
    public Task<IReadOnlyList<ConflictRecord>> ListDecidedAsync(int max = 100) => ListAsync(Decided, max, Order.Descending);

    /// <returns>The decided record, or null when the conflict does not exist or was already decided.</returns>
    public Task<ConflictRecord?> AcceptAsync(string conflictId, string decidedBy, string? note = null) =>
        DecideAsync(conflictId, ConflictStatus.Accepted, decidedBy, note);

    /// <inheritdoc cref="AcceptAsync"/>
    public Task<ConflictRecord?> RejectAsync(string conflictId, string decidedBy, string? note = null) =>
        DecideAsync(conflictId, ConflictStatus.Rejected, decidedBy, note);

    private async Task<ConflictRecord?> DecideAsync(string conflictId, ConflictStatus status, string decidedBy, string? note)
    {
        if (await GetAsync(conflictId).ConfigureAwait(false) is not { Status: ConflictStatus.Pending } pending)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var decided = pending with { Status = status, DecidedAt = now, DecidedBy = decidedBy, DecisionNote = note };
        var json = JsonSerializer.Serialize(decided, ConflictJsonSerializer.Options);
        var won = (long)await redis.GetDatabase().ScriptEvaluateAsync(
            DecideScript, [Key(conflictId), Pending, Decided], [conflictId, json, now.ToUnixTimeMilliseconds()]).ConfigureAwait(false);
        return won == 1 ? decided : null;
    }

    private async Task<IReadOnlyList<ConflictRecord>> ListAsync(string index, int max, Order order = Order.Ascending)
    {
        var db = redis.GetDatabase();
        var ids = await db.SortedSetRangeByRankAsync(index, 0, max - 1, order).ConfigureAwait(false);
        if (ids.Length == 0)
        {
            return [];
        }

        var values = await db.StringGetAsync(ids.Select(id => (RedisKey)Key(id!)).ToArray()).ConfigureAwait(false);
        return values.Where(v => !v.IsNull).Select(v => JsonSerializer.Deserialize<ConflictRecord>(v.ToString(), ConflictJsonSerializer.Options)!).ToList();
    }

    private string Key(string conflictId) => _base + "conflict:" + conflictId;
}
