namespace Legacy.Sandbox.Exports;

/// <summary>POST /_sandbox/legacy/exports/customers: rows by column name, rendered as the legacy customer CSV (header row).</summary>
public sealed record CustomerExportRequest
{
    public static readonly string[] Columns = ["CUST_NO", "FIRST_NAME", "LAST_NAME", "COMPANY", "EMAIL", "PHONE", "VAT_NO", "ADDRESS", "STATUS", "CHANGED_ON"];

    public string FileName { get; init; } = "";

    public string Delimiter { get; init; } = ";";

    public List<Dictionary<string, string>> Rows { get; init; } = [];

    public bool Bom { get; init; }

    public bool Marker { get; init; }

    public int Chunks { get; init; } = 1;

    public int ChunkIntervalMs { get; init; }
}
