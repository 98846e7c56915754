namespace Hub.Cli.Quality;

/// <summary>One titled table of a report, neutral of how it is printed (Spectre table or markdown).</summary>
public sealed record ReportSection(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
