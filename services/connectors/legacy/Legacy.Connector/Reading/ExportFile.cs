namespace Legacy.Connector.Reading;

/// <summary>A whole export read into memory: exports are bounded (one day's changes), and the file's hash is needed first anyway.</summary>
public sealed record ExportFile(IReadOnlyList<string> Columns, IReadOnlyList<SourceRow> Rows);
