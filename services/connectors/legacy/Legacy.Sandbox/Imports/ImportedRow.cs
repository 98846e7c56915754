namespace Legacy.Sandbox.Imports;

/// <summary>A customer row the legacy system imported, by column name.</summary>
public sealed record ImportedRow(string File, string EventId, IReadOnlyDictionary<string, string> Values, DateTimeOffset ImportedAt);
