namespace Hub.Identity;

/// <summary>
/// Redis keys of one entity type. All share the hash tag <c>{entityType}</c>, so every key a script touches (even
/// those it derives from stored links) is in one cluster slot.
/// </summary>
internal sealed class IdentityKeys(string prefix, string entityType)
{
    /// <summary>Prefix the Lua scripts append key names to.</summary>
    public string Base { get; } = $"{prefix}:xref:{{{entityType}}}:";

    public string Local(string system, string localId) => $"{Base}local:{Link(system, localId)}";

    public string Links(string canonicalId) => $"{Base}links:{canonicalId}";

    public string Match(string keyName, string value) => $"{Base}match:{MatchEntry(keyName, value)}";

    public string Sequence => $"{Base}seq";

    public string Born => $"{Base}born";

    public string Merged(string canonicalId) => $"{Base}merged:{canonicalId}";

    public static string Link(string system, string localId) => $"{system}:{localId}";

    public static string MatchEntry(string keyName, string value) => $"{keyName}:{value}";

    public static SystemLink ParseLink(string member)
    {
        var colon = member.IndexOf(':', StringComparison.Ordinal);
        return new SystemLink(member[..colon], member[(colon + 1)..]);
    }
}
