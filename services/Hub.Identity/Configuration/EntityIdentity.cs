namespace Hub.Identity;

/// <summary>The identity rules of one entity type: which system creates it, how duplicates are found, who owns which field.</summary>
public sealed record EntityIdentity(
    string EntityType,
    string Authority,
    IReadOnlyList<MatchKey> MatchKeys,
    IReadOnlyDictionary<string, FieldOwnership> Fields,
    bool RejectUnlistedFields);
