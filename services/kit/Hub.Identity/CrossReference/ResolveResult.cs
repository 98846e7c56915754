namespace Hub.Identity;

/// <summary>
/// The outcome of <see cref="CrossReferenceStore.ResolveOrCreateAsync"/>. <see cref="CanonicalId"/> is null only
/// when <see cref="Status"/> is <see cref="ResolveStatus.Unmatched"/>. For <see cref="ResolveStatus.MergeNeeded"/>,
/// <see cref="Survivor"/> is the oldest of the canonical ids involved and <see cref="Losers"/> the others.
/// </summary>
public sealed record ResolveResult(ResolveStatus Status, string? CanonicalId, string? Survivor = null, IReadOnlyList<string>? Losers = null)
{
    public IReadOnlyList<string> Losers { get; init; } = Losers ?? [];
}
