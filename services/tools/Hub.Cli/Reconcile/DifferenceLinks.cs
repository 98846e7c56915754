using Hub.Cli.Conflicts;
using Hub.Cli.Dlq;
using Hub.Cli.Infrastructure;
using Hub.Reconciliation;

namespace Hub.Cli.Reconcile;

/// <summary>What the platform already knows about a difference: a dead letter or a pending conflict.</summary>
/// <param name="Kind"><c>dead-letter</c> or <c>conflict</c>.</param>
/// <param name="Ref">The dead letter's id (<c>topic:partition:offset</c>, for `hub dlq show`) or the conflict's id (`hub conflicts show`).</param>
/// <param name="Detail">Why, in words.</param>
public sealed record DifferenceLink(string Kind, string Ref, string Detail);

/// <summary>
/// Links each difference to what explains it, so an operator does not chase what is already queued: an unresolved
/// dead letter keyed by the record's id in its system (an inbound record the connector refused, such as a contact the
/// mapping rejected) or by its canonical id (an event a connector could not apply, hence missing or old there), and a
/// pending conflict of the canonical record (on the drifted field, for a drift). Best effort: it needs Kafka and Redis,
/// and without them, or when they do not answer, the comparison is shown unlinked with a warning.
/// </summary>
public static class DifferenceLinks
{
    public const string DeadLetter = "dead-letter";

    public const string Conflict = "conflict";

    public static async Task<IReadOnlyDictionary<Difference, IReadOnlyList<DifferenceLink>>> FindAsync(
        CliContext context, ReconciliationResult result, CancellationToken cancellationToken)
    {
        var links = new Dictionary<Difference, IReadOnlyList<DifferenceLink>>();
        if (!result.HasDifferences)
        {
            return links;
        }

        if (context.Settings.BootstrapServers is null || context.Settings.Redis is null)
        {
            context.Output.Warn("differences are not linked to dead letters and conflicts: no Kafka or Redis given (--bootstrap, --redis).");
            return links;
        }

        List<DeadLetter> letters;
        IReadOnlyList<Hub.Identity.ConflictRecord> conflicts;
        try
        {
            letters = await DlqSource.ReadAsync(context, await DlqSource.TopicsAsync(context, null), new DlqFilter(), cancellationToken);
            var queue = await ConflictQueue.ConnectAsync(context);
            (conflicts, _) = await queue.ListAsync(new ConflictFilter { Entity = result.EntityType, Limit = ConflictQueue.ScanLimit });
        }
        catch (CliException ex)
        {
            context.Output.Warn($"differences are not linked to dead letters and conflicts: {ex.Message}");
            return links;
        }

        foreach (var difference in result.Differences)
        {
            var found = Of(difference, letters, conflicts);
            if (found.Count > 0)
            {
                links[difference] = found;
            }
        }

        return links;
    }

    public static List<DifferenceLink> Of(Difference difference, IEnumerable<DeadLetter> letters, IEnumerable<Hub.Identity.ConflictRecord> conflicts)
    {
        ArgumentNullException.ThrowIfNull(difference);
        var keys = new[] { difference.RecordId, difference.CanonicalId }.OfType<string>().ToHashSet(StringComparer.Ordinal);
        var linked = letters
            .Where(l => l.Key is { } key && keys.Contains(key))
            .Select(l => new DifferenceLink(DeadLetter, l.Ref, $"dead letter on {l.Topic}: {l.ErrorClass}: {l.ErrorMessage}"))
            .ToList();
        linked.AddRange(conflicts
            .Where(c => c.CanonicalId == difference.CanonicalId && (difference.Field is null || FieldValues.OwnershipField(difference.Field) == c.Field))
            .Select(c => new DifferenceLink(Conflict, c.ConflictId, $"pending conflict on {c.Field}: {c.ProposingSystem} proposed '{c.ProposedValue}', {c.OwnerSystem ?? "nobody"} owns it")));
        return linked;
    }
}
