using Hub.Identity;
using Hub.Messaging;

namespace Hub.Connectors.Hosting;

/// <summary>
/// The write journal: after a connector wrote what <see cref="OutboundOwnership"/> let it write, it records the write
/// on <c>hub.writes</c> with the fields' previous values (what <see cref="TargetRecord"/> read) and new values, so
/// <c>hub revert</c> can put them back. One call per outbound handler; the entry is built here, not in connectors.
/// Journaled after the write: a write whose journal entry failed is retried by the pipeline, and the upsert it
/// repeats changes nothing, while an entry journaled before a failed write would name a change that never happened.
/// </summary>
public sealed class WriteJournal(IEventPublisher publisher, EnvelopeFactory envelopes, TimeProvider time)
{
    public const string Topic = WriteJournalJsonSerializer.Topic;

    /// <param name="change">The change as given to <see cref="OutboundOwnership.DecideAsync"/>.</param>
    /// <param name="write">Its decision: only <see cref="OutboundWrite.Targets"/> are journaled.</param>
    /// <param name="recordId">The record's id in the connector's system (known after a create).</param>
    /// <returns>The entry, or null when the write changed no field (nothing to journal).</returns>
    public async Task<WriteJournalEntry?> RecordAsync(OutboundChange change, OutboundWrite write, string recordId, CancellationToken cancellationToken = default)
    {
        var entry = Entry(change, write, recordId, envelopes.SourceSystem, time.GetUtcNow());
        if (entry is not null)
        {
            await publisher.PublishAsync(Topic, entry, cancellationToken).ConfigureAwait(false);
        }

        return entry;
    }

    /// <summary>Records the writes a connector made for a <see cref="RevertRequest"/>, marked with its revert id.</summary>
    /// <param name="current">The record's values read before the revert's write.</param>
    public async Task<WriteJournalEntry?> RecordRevertAsync(RevertRequest request, RevertOutcome outcome, IReadOnlyDictionary<string, string?> current, CancellationToken cancellationToken = default)
    {
        var entry = RevertEntry(request, outcome, current, envelopes.SourceSystem, time.GetUtcNow());
        if (entry is not null)
        {
            await publisher.PublishAsync(Topic, entry, cancellationToken).ConfigureAwait(false);
        }

        return entry;
    }

    /// <summary>The journal entry of a revert's write; null when it wrote nothing.</summary>
    public static WriteJournalEntry? RevertEntry(RevertRequest request, RevertOutcome outcome, IReadOnlyDictionary<string, string?> current, string system, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(current);
        if (outcome.Write.Count == 0)
        {
            return null;
        }

        IIntegrationEvent cause = request;
        return new WriteJournalEntry
        {
            EntryId = DeterministicEventId.ForConsequence(system, cause.EventId, "write-journal:revert").ToString("D"),
            System = system,
            EntityType = request.EntityType,
            CanonicalId = request.CanonicalId,
            RecordId = request.RecordId,
            Fields = outcome.Write
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new JournaledField(p.Key, current.GetValueOrDefault(p.Key), p.Value) { PreviousKnown = true })
                .ToList(),
            CausingEventId = cause.EventId,
            WrittenAt = at,
            RevertId = request.RevertId,
        };
    }

    /// <summary>The journal entry of an event-driven write, without publishing it; null when no field changes.</summary>
    public static WriteJournalEntry? Entry(OutboundChange change, OutboundWrite write, string recordId, string system, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(write);
        ArgumentException.ThrowIfNullOrEmpty(recordId);
        var previous = change.Target.Values;
        var fields = change.Desired
            .Where(p => write.Targets.Contains(p.Key))
            .Where(p => previous is null || !string.Equals(previous.GetValueOrDefault(p.Key), p.Value, StringComparison.Ordinal))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new JournaledField(p.Key, previous?.GetValueOrDefault(p.Key), p.Value) { PreviousKnown = previous is not null })
            .ToList();
        if (fields.Count == 0)
        {
            return null;
        }

        var envelope = change.Envelope;
        var cause = envelope.EventId.ToString();
        return new WriteJournalEntry
        {
            EntryId = DeterministicEventId.ForConsequence(system, cause, "write-journal").ToString("D"),
            System = system,
            EntityType = change.EntityType,
            CanonicalId = envelope.EntityId,
            RecordId = recordId,
            Created = !change.Target.Exists,
            Fields = fields,
            CausingEventId = cause,
            CorrelationId = envelope.CorrelationId,
            WrittenAt = at,
        };
    }
}
