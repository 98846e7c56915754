namespace Hub.Identity;

public enum OwnershipPolicy
{
    /// <summary>Only the owner may change the field; other systems' changes are rejected or queued.</summary>
    SourceWins,

    /// <summary>Any system may change it; the newest occurred-at wins, older changes are ignored as stale.</summary>
    LastWriteWins,

    /// <summary>The owner's changes apply; every other system's change waits for a person in the resolution queue.</summary>
    Manual,
}
