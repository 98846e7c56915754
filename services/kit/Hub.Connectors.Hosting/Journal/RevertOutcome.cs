namespace Hub.Connectors.Hosting;

/// <summary>What <see cref="RevertCheck"/> decided for one record.</summary>
/// <param name="Write">Field → the value to put back.</param>
/// <param name="AlreadyRestored">Fields that hold the value to restore already (an earlier run of the revert).</param>
/// <param name="Conflicts">Fields changed by someone else since the platform's write: reported, not overwritten.</param>
public sealed record RevertOutcome(IReadOnlyDictionary<string, string?> Write, IReadOnlyList<string> AlreadyRestored, IReadOnlyList<RevertConflict> Conflicts);
