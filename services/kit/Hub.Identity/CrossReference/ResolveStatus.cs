namespace Hub.Identity;

public enum ResolveStatus
{
    /// <summary>The (system, local id) was already linked.</summary>
    Existing,

    /// <summary>The authority's new record got a new canonical id.</summary>
    Created,

    /// <summary>A new record was linked to the one canonical id its match keys found.</summary>
    Linked,

    /// <summary>A non-authority record matched nothing; nothing was created. Retry after the authority has it.</summary>
    Unmatched,

    /// <summary>
    /// The record belongs to more than one canonical id (or is a second record of the authority for an entity it
    /// already has). It is linked to <see cref="ResolveResult.CanonicalId"/>; call MergeAsync with the survivor and losers.
    /// </summary>
    MergeNeeded,
}
