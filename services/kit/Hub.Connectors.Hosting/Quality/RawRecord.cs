namespace Hub.Connectors.Hosting;

/// <summary>One record as the system holds it, shaped as the input of the connector's inbound mapping.</summary>
/// <param name="Id">Its id in the system (contact id; for an export, the row number).</param>
public sealed record RawRecord(string Id, IReadOnlyDictionary<string, object?> Source);
