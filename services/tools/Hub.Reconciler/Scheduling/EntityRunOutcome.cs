using Hub.Reconciliation;

namespace Hub.Reconciler;

/// <summary>How one entity's comparison in a run ended: its result, or why the snapshots could not be read.</summary>
/// <param name="Entity">The entity as <see cref="ReconcileEntities"/> names it (<c>customers</c>).</param>
/// <param name="Result">The comparison; null when <paramref name="Error"/> says why there is none.</param>
public sealed record EntityRunOutcome(string Entity, DateTimeOffset At, ReconciliationResult? Result, string? Error)
{
    public bool Succeeded => Result is not null;
}
