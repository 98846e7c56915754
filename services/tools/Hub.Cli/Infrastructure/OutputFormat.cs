namespace Hub.Cli.Infrastructure;

public enum OutputFormat
{
    Table,
    Json,

    /// <summary>Markdown tables, for a report pasted into a ticket or a wiki (`hub quality`; other commands print their tables).</summary>
    Markdown,
}
