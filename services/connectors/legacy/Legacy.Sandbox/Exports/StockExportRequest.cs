namespace Legacy.Sandbox.Exports;

/// <summary>POST /_sandbox/legacy/exports/stock: lines rendered in the legacy fixed-width layout.</summary>
public sealed record StockExportRequest
{
    public string FileName { get; init; } = "";

    public List<StockLine> Lines { get; init; } = [];

    public bool Marker { get; init; }

    public int Chunks { get; init; } = 1;

    public int ChunkIntervalMs { get; init; }
}
