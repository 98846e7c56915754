namespace Hub.Reconciler;

/// <summary>One value of <c>hub_reconcile_differences</c>: how many differences of one kind one system has in one entity.</summary>
/// <param name="Kind">missing, extra, drift or stale (as `hub reconcile -o json` writes the kinds).</param>
public sealed record DifferenceSample(string Entity, string System, string Kind, int Count);
