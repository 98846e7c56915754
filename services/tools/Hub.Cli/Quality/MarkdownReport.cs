using System.Text;

namespace Hub.Cli.Quality;

/// <summary>Report sections as a markdown document: a heading, a summary line and one table per section ("None." when empty).</summary>
public static class MarkdownReport
{
    public static string Write(string title, string summary, IReadOnlyList<ReportSection> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var text = new StringBuilder();
        text.Append("# ").AppendLine(title).AppendLine().AppendLine(Cell(summary));
        foreach (var section in sections)
        {
            text.AppendLine().Append("## ").AppendLine(section.Title).AppendLine();
            if (section.Rows.Count == 0)
            {
                text.AppendLine("None.");
                continue;
            }

            text.Append("| ").AppendJoin(" | ", section.Columns.Select(Cell)).AppendLine(" |");
            text.Append('|').AppendJoin('|', section.Columns.Select(_ => " --- ")).AppendLine("|");
            foreach (var row in section.Rows)
            {
                text.Append("| ").AppendJoin(" | ", row.Select(Cell)).AppendLine(" |");
            }
        }

        return text.ToString();
    }

    // Values come from the systems: a '|' or a line break would break the table.
    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
