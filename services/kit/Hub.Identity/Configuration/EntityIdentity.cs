namespace Hub.Identity;

/// <summary>The identity rules of one entity type: which system creates it, how duplicates are found, who owns which field.</summary>
public sealed record EntityIdentity(
    string EntityType,
    string Authority,
    IReadOnlyList<MatchKey> MatchKeys,
    IReadOnlyDictionary<string, FieldOwnership> Fields,
    bool RejectUnlistedFields)
{
    /// <summary>
    /// Systems besides the authority whose new records may create a canonical id when they match nothing (e.g. a web
    /// shop's sign-ups); the authority's record is linked to that id when it arrives. Empty: only the authority creates.
    /// </summary>
    public IReadOnlyList<string> AlsoCreatedBy { get; init; } = [];

    /// <summary>Whether a new, unmatched record of <paramref name="system"/> gets a new canonical id.</summary>
    public bool MayCreate(string system) => system == Authority || AlsoCreatedBy.Contains(system);
}
