using Legacy.Connector.Inbound;

namespace Legacy.Connector.Reading;

/// <summary>
/// Reads a fixed-width export line by line. Values are trimmed; a short line is read as padded with spaces (the legacy
/// exporter strips trailing blanks), a line longer than the record is a row problem (it is quarantined).
/// </summary>
public static class FixedWidthExportReader
{
    public static ExportFile Read(byte[] content, FilePatternOptions options, FixedWidthLayout layout)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(layout);
        var text = TextDecoding.Decode(content, options.Encoding);
        var columns = layout.Columns.Select(c => c.Name).ToArray();
        var rows = new List<SourceRow>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        foreach (var line in lines.Skip(layout.SkipLines))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var problem = layout.RecordLength > 0 && line.TrimEnd().Length > layout.RecordLength
                ? $"the line has {line.TrimEnd().Length} characters, the record {layout.RecordLength}"
                : null;
            var values = layout.Columns.Select(c => Slice(line, c)).ToArray();
            rows.Add(new SourceRow(rows.Count + 1, values, columns, problem));
        }

        return new ExportFile(columns, rows);
    }

    private static string Slice(string line, FixedWidthColumn column)
    {
        var start = column.Start - 1;
        if (start >= line.Length)
        {
            return "";
        }

        return line.Substring(start, Math.Min(column.Length, line.Length - start)).Trim();
    }
}
