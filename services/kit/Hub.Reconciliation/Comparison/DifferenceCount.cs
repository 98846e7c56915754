namespace Hub.Reconciliation;

/// <summary>How many differences of one kind a system has.</summary>
public sealed record DifferenceCount(string System, DifferenceKind Kind, int Count);
