using Hub.Identity;

namespace Hub.Quality;

/// <summary>Computes a <see cref="QualityProfile"/> from what a connector mapped. Pure: the same records give the same profile.</summary>
public static class QualityProfiler
{
    /// <param name="keys">The match keys duplicates are looked for by (<see cref="DuplicateCandidates.KeysFor"/>).</param>
    public static QualityProfile Profile(ProfiledRecords mapped, IReadOnlyList<MatchKey> keys)
    {
        ArgumentNullException.ThrowIfNull(mapped);
        var records = mapped.Records;
        return new QualityProfile(
            mapped.System,
            mapped.Entity,
            mapped.Mapping,
            mapped.Source,
            records.Count,
            records.Count(r => r.IsRejected),
            Completeness.Of(records, mapped.Fields),
            DuplicateCandidates.Find(records, keys),
            FormatConsistency.Of(records, mapped.Fields),
            UncoveredValues.Of(records),
            RejectReasons.Of(records));
    }
}
