namespace Hub.Connectors.Hosting;

/// <summary>A page of a system's records and the cursor of the next (null on the last).</summary>
public sealed record RawRecordPage(IReadOnlyList<RawRecord> Records, string? Next);
