namespace Legacy.Sandbox.Exports;

/// <summary>An export the sandbox wrote (GET /_sandbox/legacy/exports).</summary>
public sealed record ExportRecord(string FileName, int Bytes, bool Complete, DateTimeOffset StartedAt, DateTimeOffset? CompletedAt);
