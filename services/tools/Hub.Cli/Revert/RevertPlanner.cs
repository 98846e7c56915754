using Hub.Identity;

namespace Hub.Cli.Revert;

/// <summary>
/// Plans a revert from the write journal: for each record and field the platform wrote in the window, the value to put
/// back is the previous value of the <em>earliest</em> write in the window (what the field held before the platform
/// started), and the value expected now is the new value of the latest write (what the platform left). Writes a revert
/// itself made are not undone again. Fields whose previous value is unknown (created records, unreadable systems)
/// are listed as skipped. Pure, so the rules are unit tested; the connector checks the current values when applying.
/// </summary>
public static class RevertPlanner
{
    public static RevertPlan Plan(IEnumerable<WriteJournalEntry> journal, RevertWindow window)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(window);
        var entries = journal
            .Where(e => e.System == window.System && e.RevertId is null)
            .Where(e => e.WrittenAt >= window.Since && (window.Until is not { } until || e.WrittenAt < until))
            .Where(e => window.Entity is null || e.CanonicalId == window.Entity || e.RecordId == window.Entity)
            .DistinctBy(e => e.EntryId)
            .OrderBy(e => e.WrittenAt)
            .ToList();

        var records = new List<PlannedRecord>();
        var skipped = new List<SkippedField>();
        foreach (var record in entries.GroupBy(e => (e.EntityType, e.RecordId)).OrderBy(g => g.Key.RecordId, StringComparer.Ordinal))
        {
            var first = record.First();
            var fields = new List<RevertField>();
            foreach (var writes in record.SelectMany(e => e.Fields.Select(f => (Entry: e, Field: f))).GroupBy(w => w.Field.Field, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var (earliestEntry, earliest) = writes.First();
                var latest = writes.Last().Field;
                if (!earliest.PreviousKnown)
                {
                    skipped.Add(new SkippedField(first.CanonicalId, record.Key.RecordId, writes.Key, earliestEntry.Created ? SkippedField.Created : SkippedField.Unread));
                }
                else if (!string.Equals(earliest.Previous, latest.New, StringComparison.Ordinal))
                {
                    fields.Add(new RevertField(writes.Key, earliest.Previous, latest.New));
                }
            }

            if (fields.Count > 0)
            {
                records.Add(new PlannedRecord(record.Key.EntityType, first.CanonicalId, record.Key.RecordId, fields, record.Select(e => e.EntryId).ToList()));
            }
        }

        return new RevertPlan(window, entries.Count, records, skipped);
    }
}
