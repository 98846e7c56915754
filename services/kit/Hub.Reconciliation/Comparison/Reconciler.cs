using Hub.Identity;

namespace Hub.Reconciliation;

/// <summary>
/// Compares what several systems hold of one entity type, record by canonical id, and classifies each difference
/// (<see cref="DifferenceKind"/>): a record with no canonical id is <em>extra</em>; a canonical record some systems
/// hold and another does not is <em>missing</em> there; a field held by the field's owner (contracts/ownership.yaml)
/// and by another system with a different value is <em>drift</em> in the other system (fields without an owner,
/// last-write-wins, are not judged); a copy older than the newest copy by more than the freshness target that differs
/// from it on a field both hold is <em>stale</em>. Pure: the snapshots are read by the caller.
/// </summary>
public static class Reconciler
{
    public static ReconciliationResult Compare(EntityIdentity entity, IReadOnlyList<SystemSnapshot> snapshots, ReconcileOptions options)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(options);
        var differences = new List<Difference>();
        var compared = 0;
        foreach (var snapshot in snapshots)
        {
            foreach (var extra in snapshot.Records.Where(r => r.CanonicalId is null && InWindow(r, options)))
            {
                compared++;
                differences.Add(new Difference(DifferenceKind.Extra, snapshot.System, null, extra.RecordId, null, null, null, null,
                    $"{snapshot.System} record {extra.RecordId} is linked to no canonical {entity.EntityType}"));
            }
        }

        foreach (var (canonicalId, copies) in ByCanonicalId(snapshots))
        {
            if (!copies.Values.Any(c => InWindow(c.Record, options)))
            {
                continue;
            }

            compared++;
            differences.AddRange(Missing(entity, canonicalId, copies, snapshots));
            differences.AddRange(Drift(entity, canonicalId, copies));
            differences.AddRange(Stale(canonicalId, copies, options));
        }

        return new ReconciliationResult(
            entity.EntityType,
            options.Now,
            options.Since,
            options.FreshnessTarget,
            snapshots.Select(s => new SystemCount(s.System, s.Records.Count)).ToList(),
            compared,
            differences.OrderBy(d => d.Kind).ThenBy(d => d.System, StringComparer.Ordinal).ThenBy(d => d.CanonicalId ?? d.RecordId, StringComparer.Ordinal).ThenBy(d => d.Field, StringComparer.Ordinal).ToList());
    }

    private static IEnumerable<Difference> Missing(EntityIdentity entity, string canonicalId, Dictionary<string, Copy> copies, IReadOnlyList<SystemSnapshot> snapshots)
    {
        var holders = string.Join(", ", copies.Values.Select(c => $"{c.Snapshot.System} {c.Record.RecordId}"));
        return snapshots
            .Where(s => !copies.ContainsKey(s.System))
            .Select(s => new Difference(DifferenceKind.Missing, s.System, canonicalId, null, null, null, null, string.Join(",", copies.Keys),
                $"{entity.EntityType} {canonicalId} is in {holders} but not in {s.System}"));
    }

    private static IEnumerable<Difference> Drift(EntityIdentity entity, string canonicalId, Dictionary<string, Copy> copies)
    {
        foreach (var (system, copy) in copies.Where(c => c.Value.Record.Unreadable is null))
        {
            foreach (var path in copy.Snapshot.Fields)
            {
                if (!entity.Fields.TryGetValue(FieldValues.OwnershipField(path), out var ownership)
                    || ownership.Owner is not { } owner || owner == system
                    || !copies.TryGetValue(owner, out var owned) || owned.Record.Unreadable is not null || !owned.Snapshot.Fields.Contains(path))
                {
                    continue;
                }

                var value = copy.Record.Fields.GetValueOrDefault(path);
                var expected = owned.Record.Fields.GetValueOrDefault(path);
                if (!FieldValues.Same(value, expected))
                {
                    yield return new Difference(DifferenceKind.Drift, system, canonicalId, copy.Record.RecordId, path, value, expected, owner,
                        $"{path} is '{value}' in {system} but '{expected}' in {owner}, which owns it");
                }
            }
        }
    }

    private static IEnumerable<Difference> Stale(string canonicalId, Dictionary<string, Copy> copies, ReconcileOptions options)
    {
        var newest = copies.Values.Where(c => c.Record.LastModified is not null).MaxBy(c => c.Record.LastModified);
        if (newest is null)
        {
            yield break;
        }

        foreach (var copy in copies.Values.Where(c => c != newest && c.Record.LastModified is { } at && newest.Record.LastModified - at > options.FreshnessTarget))
        {
            var differing = copy.Snapshot.Fields.Intersect(newest.Snapshot.Fields, StringComparer.Ordinal)
                .Where(p => !FieldValues.Same(copy.Record.Fields.GetValueOrDefault(p), newest.Record.Fields.GetValueOrDefault(p)))
                .ToList();
            if (differing.Count > 0 && copy.Record.Unreadable is null && newest.Record.Unreadable is null)
            {
                yield return new Difference(DifferenceKind.Stale, copy.Snapshot.System, canonicalId, copy.Record.RecordId, null, null, null, newest.Snapshot.System,
                    $"last changed {copy.Record.LastModified:O}, {newest.Record.LastModified - copy.Record.LastModified} before {newest.Snapshot.System}'s copy, and differs in {string.Join(", ", differing)}");
            }
        }
    }

    private static bool InWindow(SnapshotRecord record, ReconcileOptions options) =>
        options.Since is not { } since || record.LastModified is not { } at || at >= since;

    /// <summary>canonical id → system → its record (a system's second record of one id is ignored here).</summary>
    private static SortedDictionary<string, Dictionary<string, Copy>> ByCanonicalId(IReadOnlyList<SystemSnapshot> snapshots)
    {
        var copies = new SortedDictionary<string, Dictionary<string, Copy>>(StringComparer.Ordinal);
        foreach (var snapshot in snapshots)
        {
            foreach (var record in snapshot.Records.Where(r => r.CanonicalId is not null))
            {
                if (!copies.TryGetValue(record.CanonicalId!, out var bySystem))
                {
                    copies[record.CanonicalId!] = bySystem = new Dictionary<string, Copy>(StringComparer.Ordinal);
                }

                bySystem.TryAdd(snapshot.System, new Copy(snapshot, record));
            }
        }

        return copies;
    }

    private sealed record Copy(SystemSnapshot Snapshot, SnapshotRecord Record);
}
