namespace Legacy.Sandbox.Imports;

/// <summary>GET /_sandbox/legacy/imports: files imported, rows applied, rows skipped because their EVENT_ID was applied before.</summary>
public sealed record ImportSummary(IReadOnlyList<string> Files, IReadOnlyList<ImportedRow> Rows, int SkippedDuplicates);
