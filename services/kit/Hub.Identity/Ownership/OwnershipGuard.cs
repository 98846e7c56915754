using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Identity;

/// <summary>
/// Decides, per changed field, whether a change from a system may be applied, under the field's configured owner
/// and policy. Async because last-write-wins compares against per-field timestamps kept in Redis.
/// </summary>
public sealed class OwnershipGuard(IConnectionMultiplexer redis, IdentityConfiguration configuration, IOptions<IdentityOptions> options)
{
    private readonly LastWriteClock _clock = new(redis, options.Value.KeyPrefix);

    /// <param name="changedFields">Field → proposed value; only the fields this change touches.</param>
    public async Task<OwnershipEvaluation> EvaluateAsync(
        string entityType, string canonicalId, string system, IReadOnlyDictionary<string, object?> changedFields, DateTimeOffset occurredAt)
    {
        var entity = configuration[entityType];
        var decisions = new Dictionary<string, FieldDecision>(StringComparer.Ordinal);
        var lastWrite = new List<string>();
        foreach (var (field, value) in changedFields)
        {
            if (!entity.Fields.TryGetValue(field, out var rule))
            {
                decisions[field] = entity.RejectUnlistedFields
                    ? new(field, FieldVerdict.Reject, $"{entityType}.{field} has no configured owner and unlisted fields are rejected", value)
                    : new(field, FieldVerdict.Apply, $"{entityType}.{field} has no configured owner", value);
                continue;
            }

            if (rule.Policy == OwnershipPolicy.LastWriteWins)
            {
                lastWrite.Add(field);
                continue;
            }

            decisions[field] = (rule.Owner == system, rule.Policy, rule.NonOwner) switch
            {
                (true, _, _) => new(field, FieldVerdict.Apply, $"{system} owns {entityType}.{field}", value),
                (false, OwnershipPolicy.SourceWins, NonOwnerAction.Reject) =>
                    new(field, FieldVerdict.Reject, $"{rule.Owner} owns {entityType}.{field} (source-wins); {system} may not change it", value),
                _ => new(field, FieldVerdict.QueueForResolution, $"{rule.Owner} owns {entityType}.{field} ({PolicyName(rule.Policy)}); a change from {system} needs a decision", value),
            };
        }

        foreach (var (field, newer) in await _clock.TryAdvanceAsync(entityType, canonicalId, lastWrite, occurredAt).ConfigureAwait(false))
        {
            decisions[field] = newer is { } at
                ? new(field, FieldVerdict.Ignore, $"stale: {entityType}.{field} was changed at {at:O}, after this change at {occurredAt:O} (last-write-wins)", changedFields[field])
                : new(field, FieldVerdict.Apply, $"newest change to {entityType}.{field} (last-write-wins)", changedFields[field]);
        }

        return new OwnershipEvaluation(entityType, canonicalId, system, changedFields.Keys.Select(f => decisions[f]).ToList());
    }

    private static string PolicyName(OwnershipPolicy policy) => policy == OwnershipPolicy.Manual ? "manual" : "source-wins, non-owner: queue";
}
