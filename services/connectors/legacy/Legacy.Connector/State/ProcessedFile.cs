namespace Legacy.Connector.State;

/// <summary>What processing one file did; also the file's report (archive/.../&lt;file&gt;.report.json).</summary>
public sealed record ProcessedFile(string Hash, string FileName, string Entity, DateTimeOffset ProcessedAt, int Published, int Quarantined, string Outcome, string? ArchivedAs);
