namespace Hub.Reconciliation;

/// <summary>How two systems disagree about a record (docs/architecture.md, "Reconciliation").</summary>
public enum DifferenceKind
{
    /// <summary>Other systems hold the canonical record; this one has no record of it.</summary>
    Missing,

    /// <summary>The system holds a record the cross-reference does not know: no canonical id links to it.</summary>
    Extra,

    /// <summary>A field's value differs from the value in the system that owns the field (contracts/ownership.yaml).</summary>
    Drift,

    /// <summary>The record lags behind the newest copy of it elsewhere by more than the freshness target and differs from it.</summary>
    Stale,
}
