using Hub.Contracts;
using Hub.Identity;
using Microsoft.Extensions.Logging;

namespace Hub.Connectors.Hosting;

/// <summary>
/// Field ownership for every connector's outbound writes (contracts/ownership.yaml). Given an event and what the
/// connector knows of the record in its system, it decides which target fields to write: the changed fields are
/// judged by <see cref="OwnershipGuard"/> for the proposing system (the event's source), fields that need a person
/// are submitted to the <see cref="ResolutionQueue"/>, and rejected or stale fields are logged. The target system is
/// the connector's own (<see cref="EnvelopeFactory.SourceSystem"/>), never a name in code.
/// </summary>
public sealed partial class OutboundOwnership(
    OwnershipGuard guard,
    ResolutionQueue resolutions,
    IdentityConfiguration identity,
    EnvelopeFactory envelopes,
    TimeProvider time,
    ILogger<OutboundOwnership> logger)
{
    /// <summary>
    /// The id of the conflict an event raises for a field: derived from the event, so a redelivery (or another
    /// connector receiving the same event) raises the same conflict instead of a second one.
    /// </summary>
    public static string ConflictIdFor(Envelope envelope, string field)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        return DeterministicEventId.ForConsequence(envelope.SourceSystem, envelope.EventId.ToString(), $"conflict:{field}").ToString("D");
    }

    public async Task<OutboundWrite> DecideAsync(OutboundChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var entity = identity[change.EntityType];
        var envelope = change.Envelope;
        var fieldOf = TargetFields.Of(change.Mapping, change.Canonical);
        var changed = ChangedFields.Find(change, fieldOf, entity);
        var proposed = changed.Keys.ToDictionary(f => f, f => (object?)CanonicalText.Of(change.Canonical.GetValueOrDefault(f)), StringComparer.Ordinal);
        var evaluation = await guard.EvaluateAsync(change.EntityType, envelope.EntityId, envelope.SourceSystem, proposed, envelope.OccurredAt).ConfigureAwait(false);

        var withheld = new HashSet<string>(StringComparer.Ordinal);
        var conflicts = new List<ConflictRecord>();
        foreach (var decision in evaluation.Decisions.Where(d => d.Verdict != FieldVerdict.Apply))
        {
            withheld.UnionWith(changed[decision.Field]);
            if (decision.Verdict == FieldVerdict.QueueForResolution)
            {
                var targets = fieldOf.Where(p => p.Value == decision.Field).Select(p => p.Key).ToList();
                conflicts.Add(await QueueAsync(change, evaluation, decision, targets, entity, cancellationToken).ConfigureAwait(false));
            }
            else
            {
                LogNotWritten(decision.Field, change.EntityType, envelope.EntityId, envelopes.SourceSystem, decision.Reason);
            }
        }

        var write = change.Target.Exists
            ? evaluation.ToApply.SelectMany(d => changed[d.Field]).Concat(ChangedUngoverned(change, fieldOf)).Concat(ChangedFields.FilledBlanks(change, fieldOf, entity))
            : change.Desired.Keys.Where(t => !withheld.Contains(t));
        return new OutboundWrite(write.ToHashSet(StringComparer.Ordinal), withheld, conflicts);
    }

    /// <summary>Targets no ownership governs (identity, constants, the connector's own values): written when they differ.</summary>
    private static IEnumerable<string> ChangedUngoverned(OutboundChange change, IReadOnlyDictionary<string, string> fieldOf) =>
        change.Desired
            .Where(p => !fieldOf.ContainsKey(p.Key) && p.Value is not null)
            .Where(p => change.Target.Values is not { } current || !string.Equals(p.Value, current.GetValueOrDefault(p.Key), StringComparison.Ordinal))
            .Select(p => p.Key);

    private async Task<ConflictRecord> QueueAsync(
        OutboundChange change, OwnershipEvaluation evaluation, FieldDecision decision, List<string> targets, EntityIdentity entity, CancellationToken cancellationToken)
    {
        var envelope = change.Envelope;
        var owner = entity.Fields.TryGetValue(decision.Field, out var rule) ? rule.Owner : null;
        var current = CurrentText(change.Target, targets);
        var conflict = ConflictFactory.FromDecision(evaluation, decision, current, envelope.OccurredAt, envelope.CorrelationId, time, owner) with
        {
            ConflictId = ConflictIdFor(envelope, decision.Field),
            Reason = current is null ? decision.Reason : $"{decision.Reason}; current value as {envelopes.SourceSystem} holds it",
        };
        await resolutions.SubmitAsync(conflict, cancellationToken).ConfigureAwait(false);
        LogQueued(decision.Field, change.EntityType, envelope.EntityId, envelope.SourceSystem, conflict.ConflictId);
        return conflict;
    }

    /// <summary>The field's current value in the target as one text (the values of all its targets), or null when unknown.</summary>
    private static string? CurrentText(TargetRecord target, List<string> targets)
    {
        if (target.Values is not { } values)
        {
            return null;
        }

        var parts = targets.Select(t => values.GetValueOrDefault(t)).Where(v => !string.IsNullOrEmpty(v)).ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Field} of {EntityType} {EntityId} not written to {System}: {Reason}")]
    private partial void LogNotWritten(string field, string entityType, string entityId, string system, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Field} of {EntityType} {EntityId} from {ProposingSystem} queued for resolution as conflict {ConflictId}")]
    private partial void LogQueued(string field, string entityType, string entityId, string proposingSystem, string conflictId);
}
