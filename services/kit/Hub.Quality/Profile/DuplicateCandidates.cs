using Hub.Identity;

namespace Hub.Quality;

/// <summary>
/// Groups records by each match key's normalised canonical value (<see cref="MatchKey.Normalize"/>, the cross-reference's
/// own normalisation), so "Ada@Example.com " and "ada@example.com" are one candidate, as the identity would see them.
/// </summary>
public static class DuplicateCandidates
{
    /// <summary>The keys a profile looks for duplicates by: the entity's match keys, and the phone number (E.164 from the mapping) when they lack it.</summary>
    public static IReadOnlyList<MatchKey> KeysFor(EntityIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return identity.MatchKeys.Any(k => k.Normalization == MatchNormalization.Phone)
            ? identity.MatchKeys
            : [.. identity.MatchKeys, new MatchKey("phone", MatchNormalization.Phone)];
    }

    public static IReadOnlyList<DuplicateCandidate> Find(IReadOnlyList<QualityRecord> records, IReadOnlyList<MatchKey> keys)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(keys);
        var candidates = new List<DuplicateCandidate>();
        foreach (var key in keys)
        {
            candidates.AddRange(records
                .Select(r => (Record: r, Value: key.Normalize(r.Canonical.GetValueOrDefault(key.Name))))
                .Where(x => x.Value is not null)
                .GroupBy(x => x.Value!, StringComparer.Ordinal)
                .Where(g => g.Count() > 1)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new DuplicateCandidate(key.Name, g.Key, [.. g.Select(x => x.Record.RecordId)])));
        }

        return candidates;
    }
}
