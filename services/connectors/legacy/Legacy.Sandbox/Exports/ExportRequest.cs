namespace Legacy.Sandbox.Exports;

/// <summary>
/// POST /_sandbox/legacy/exports: write <see cref="Content"/> as <see cref="FileName"/> into the drop folder.
/// <see cref="Chunks"/> &gt; 1 writes it in that many parts, <see cref="ChunkIntervalMs"/> apart (a half-written file
/// that grows); <see cref="Marker"/> writes &lt;name&gt;.done after the last byte.
/// </summary>
public sealed record ExportRequest
{
    public string FileName { get; init; } = "";

    public string Content { get; init; } = "";

    public string Encoding { get; init; } = "utf-8";

    public bool Bom { get; init; }

    public bool Marker { get; init; }

    public int Chunks { get; init; } = 1;

    public int ChunkIntervalMs { get; init; }
}
