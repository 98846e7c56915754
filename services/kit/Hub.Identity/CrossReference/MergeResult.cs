namespace Hub.Identity;

/// <summary>
/// What a merge did: the canonical ids that now live on in <see cref="SurvivorId"/> (including ones merged by an
/// earlier, retried call, so a retry can still publish the event) and the links moved by this call.
/// </summary>
public sealed record MergeResult(string EntityType, string SurvivorId, IReadOnlyList<string> MergedIds, IReadOnlyList<SystemLink> MovedLinks, string? Reason);
