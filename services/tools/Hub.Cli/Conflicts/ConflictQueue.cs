using Hub.Cli.Infrastructure;
using Hub.Identity;
using Microsoft.Extensions.Options;

namespace Hub.Cli.Conflicts;

/// <summary>
/// Hub.Identity's <see cref="ConflictStore"/> on the CLI's Redis connection and key prefix (the connectors'
/// Identity:KeyPrefix, "hub" by default on both sides), with outages mapped to exit code 3.
/// </summary>
public sealed class ConflictQueue
{
    /// <summary>How many conflicts a filtered list reads before filtering; the queue is for people, so it stays small.</summary>
    public const int ScanLimit = 10_000;

    private readonly RedisAccess _redis;
    private readonly ConflictStore _store;
    private readonly CrossReferenceStore _links;

    private ConflictQueue(RedisAccess redis, ConflictStore store, CrossReferenceStore links)
    {
        _redis = redis;
        _store = store;
        _links = links;
    }

    public static async Task<ConflictQueue> ConnectAsync(CliContext context)
    {
        var connection = await context.Redis.ConnectionAsync();
        var options = Options.Create(new IdentityOptions { KeyPrefix = context.Settings.RedisPrefix });
        // Reading links needs no ownership rules, so the CLI does not need contracts/ownership.yaml.
        var links = new CrossReferenceStore(connection, new IdentityConfiguration([]), options, context.Time);
        return new ConflictQueue(context.Redis, new ConflictStore(connection, options, context.Time), links);
    }

    /// <returns>The matches (at most the filter's limit) and whether the scan stopped at <see cref="ScanLimit"/>.</returns>
    public async Task<(IReadOnlyList<ConflictRecord> Conflicts, bool Truncated)> ListAsync(ConflictFilter filter)
    {
        var read = filter.HasCriteria ? ScanLimit : filter.Limit;
        var conflicts = await _redis.Guard(() => filter.Decided ? _store.ListDecidedAsync(read) : _store.ListPendingAsync(read));
        return (conflicts.Where(filter.Matches).Take(filter.Limit).ToList(), filter.HasCriteria && conflicts.Count >= ScanLimit);
    }

    /// <exception cref="CliException">Exit code 2 when no conflict has this id.</exception>
    public async Task<ConflictRecord> RequireAsync(string conflictId) =>
        await _redis.Guard(() => _store.GetAsync(conflictId))
        ?? throw CliException.BadInput($"No conflict has the id '{conflictId}' (key prefix '{_redis.Prefix}'); 'hub conflicts list' shows the open ones, 'hub conflicts list --decided' the decided ones.");

    /// <summary>The conflict's entity as each system knows it, to tell the operator which record to edit.</summary>
    public Task<IReadOnlyList<SystemLink>> LinksAsync(ConflictRecord conflict) =>
        _redis.Guard(() => _links.GetLinksAsync(conflict.EntityType, conflict.CanonicalId));

    /// <summary>Records the decision once; a conflict someone else decided in the meantime ends with exit code 1.</summary>
    public async Task<ConflictRecord> DecideAsync(ConflictRecord conflict, ConflictStatus decision, string decidedBy, string? note)
    {
        var decided = await _redis.Guard(() => decision == ConflictStatus.Accepted
            ? _store.AcceptAsync(conflict.ConflictId, decidedBy, note)
            : _store.RejectAsync(conflict.ConflictId, decidedBy, note));
        if (decided is not null)
        {
            return decided;
        }

        EnsurePending(await RequireAsync(conflict.ConflictId));
        throw CliException.Failed($"Conflict {conflict.ConflictId} could not be decided; nothing was changed.");
    }

    /// <exception cref="CliException">Exit code 1, naming who decided and when, when the conflict is no longer pending.</exception>
    public static void EnsurePending(ConflictRecord conflict)
    {
        if (conflict.Status != ConflictStatus.Pending)
        {
            throw CliException.Failed($"Conflict {conflict.ConflictId} was already {ConflictView.Status(conflict)}; nothing was changed.");
        }
    }
}
