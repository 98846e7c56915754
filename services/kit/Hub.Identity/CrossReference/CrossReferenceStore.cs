using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Identity;

/// <summary>
/// The cross-reference of (system, local id) ↔ canonical id in Redis. The entity type's authority (and the systems
/// listed in also-created-by, for records matching nothing) create canonical ids; other systems' records are linked
/// by match keys or reported unmatched. Every operation is one
/// Lua script, so concurrent calls for the same record cannot create two ids.
/// </summary>
public sealed class CrossReferenceStore(IConnectionMultiplexer redis, IdentityConfiguration configuration, IOptions<IdentityOptions> options, TimeProvider time)
{
    private readonly string _prefix = options.Value.KeyPrefix;

    /// <param name="matchKeys">Values of the entity type's configured match keys (e.g. email, vatId); blanks are ignored.</param>
    public async Task<ResolveResult> ResolveOrCreateAsync(string entityType, string system, string localId, IReadOnlyDictionary<string, string?> matchKeys)
    {
        var entity = configuration[entityType];
        ArgumentException.ThrowIfNullOrWhiteSpace(localId);
        if (system.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException($"System name '{system}' must not contain ':'.", nameof(system));
        }

        var keys = new IdentityKeys(_prefix, entityType);
        var unknown = matchKeys.Keys.Where(k => entity.MatchKeys.All(m => m.Name != k)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"'{string.Join("', '", unknown)}' is not a match key of {entityType} (configured: {string.Join(", ", entity.MatchKeys.Select(m => m.Name))}).", nameof(matchKeys));
        }

        var entries = entity.MatchKeys
            .Select(key => (key.Name, Value: key.Normalize(matchKeys.GetValueOrDefault(key.Name))))
            .Where(pair => pair.Value is not null)
            .ToList();
        RedisKey[] redisKeys = [keys.Local(system, localId), keys.Sequence, keys.Born, .. entries.Select(e => (RedisKey)keys.Match(e.Name, e.Value!))];
        RedisValue[] args =
        [
            keys.Base, IdentityKeys.Link(system, localId), NewCanonicalId(), system == entity.Authority ? "1" : entity.MayCreate(system) ? "2" : "0", system,
            .. entries.Select(e => (RedisValue)IdentityKeys.MatchEntry(e.Name, e.Value!)),
        ];
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(CrossReferenceScripts.Resolve, redisKeys, args).ConfigureAwait(false))!;
        var values = result.Select(r => (string)r!).ToArray();
        return values[0] switch
        {
            "existing" => new ResolveResult(ResolveStatus.Existing, values[1]),
            "created" => new ResolveResult(ResolveStatus.Created, values[1]),
            "linked" => new ResolveResult(ResolveStatus.Linked, values[1]),
            "unmatched" => new ResolveResult(ResolveStatus.Unmatched, null),
            _ => new ResolveResult(ResolveStatus.MergeNeeded, values[1], values[2], values[3..]),
        };
    }

    /// <summary>
    /// Re-points every link and match key of the losers to the survivor and retires the losers, atomically.
    /// Safe to retry: losers already merged into the survivor are reported again.
    /// </summary>
    public async Task<MergeResult> MergeAsync(string entityType, string survivorId, IReadOnlyList<string> loserIds, string? reason = null)
    {
        _ = configuration[entityType];
        var keys = new IdentityKeys(_prefix, entityType);
        RedisValue[] args = [keys.Base, survivorId, .. loserIds.Select(id => (RedisValue)id)];
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(CrossReferenceScripts.Merge, [keys.Born], args).ConfigureAwait(false))!;
        var merged = ((RedisResult[])result[0]!).Select(r => (string)r!).ToList();
        var moved = ((RedisResult[])result[1]!).Select(r => IdentityKeys.ParseLink((string)r!)).ToList();
        return new MergeResult(entityType, survivorId, merged, moved, reason);
    }

    public async Task<string?> GetCanonicalIdAsync(string entityType, string system, string localId) =>
        await redis.GetDatabase().StringGetAsync(new IdentityKeys(_prefix, entityType).Local(system, localId)).ConfigureAwait(false);

    public async Task<IReadOnlyList<SystemLink>> GetLinksAsync(string entityType, string canonicalId)
    {
        var members = await redis.GetDatabase().SetMembersAsync(new IdentityKeys(_prefix, entityType).Links(canonicalId)).ConfigureAwait(false);
        return members.Select(m => IdentityKeys.ParseLink(m!)).OrderBy(l => l.System, StringComparer.Ordinal).ThenBy(l => l.LocalId, StringComparer.Ordinal).ToList();
    }

    /// <summary>The live canonical id for an id that may have been merged away (e.g. one stored on an old order).</summary>
    public async Task<string> FindSurvivorAsync(string entityType, string canonicalId)
    {
        var keys = new IdentityKeys(_prefix, entityType);
        var db = redis.GetDatabase();
        for (var hops = 0; hops < 32; hops++)
        {
            var next = await db.StringGetAsync(keys.Merged(canonicalId)).ConfigureAwait(false);
            if (next.IsNull)
            {
                return canonicalId;
            }

            canonicalId = next!;
        }

        throw new InvalidOperationException($"Merge chain of {entityType} {canonicalId} is longer than 32 hops; the cross-reference needs repair.");
    }

    /// <summary>
    /// The live canonical id a merge can keep for <paramref name="canonicalId"/> (its survivor, following merges), or
    /// null when the cross-reference never created it, e.g. an id an event carries that no connector registered. Such
    /// an id is no second record of anything: there is nothing to merge into it, and <see cref="MergeAsync"/> would
    /// refuse it as not live, so callers keep the id the record's keys resolved to.
    /// </summary>
    public async Task<string?> FindMergeSurvivorAsync(string entityType, string canonicalId)
    {
        _ = configuration[entityType];
        var survivor = await FindSurvivorAsync(entityType, canonicalId).ConfigureAwait(false);
        var born = await redis.GetDatabase().SortedSetScoreAsync(new IdentityKeys(_prefix, entityType).Born, survivor).ConfigureAwait(false);
        return born is null ? null : survivor;
    }

    /// <summary>
    /// The canonical id whose record carries <paramref name="value"/> as its match key <paramref name="keyName"/>
    /// (normalised as configured), read-only: for a system that holds the match key but is not linked, such as an
    /// invoice that carries its order's number. Null when no record or more than one does.
    /// </summary>
    public async Task<string?> FindByMatchKeyAsync(string entityType, string keyName, string? value)
    {
        var key = configuration[entityType].MatchKeys.FirstOrDefault(k => k.Name == keyName)
            ?? throw new ArgumentException($"'{keyName}' is not a match key of {entityType}.", nameof(keyName));
        if (key.Normalize(value) is not { } normalized)
        {
            return null;
        }

        var ids = await redis.GetDatabase().SetMembersAsync(new IdentityKeys(_prefix, entityType).Match(keyName, normalized)).ConfigureAwait(false);
        return ids.Length == 1 ? await FindSurvivorAsync(entityType, ids[0]!).ConfigureAwait(false) : null;
    }

    // Version 7 GUIDs sort by creation time, which keeps ids readable in order in logs and Redis scans.
    private string NewCanonicalId() => Guid.CreateVersion7(time.GetUtcNow()).ToString("D");
}
