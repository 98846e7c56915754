namespace Hub.Connectors.Hosting;

/// <summary>An export file's rows and the mapping they go through.</summary>
public sealed record QualityFileRows(string Mapping, IReadOnlyList<RawRecord> Records);
