namespace Hub.Quality;

/// <summary>Every record a connector mapped for a profile, page after page, with who mapped them and how.</summary>
/// <param name="Source">Where the records came from: the connector's address, or the export file's name.</param>
public sealed record ProfiledRecords(string System, string Entity, string Mapping, string Source, IReadOnlyList<QualityField> Fields, IReadOnlyList<QualityRecord> Records);
