namespace Hub.Reconciliation;

/// <summary>A compared system and the number of records its snapshot held.</summary>
public sealed record SystemCount(string System, int Records);
