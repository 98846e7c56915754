using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Legacy.Connector.Inbound;

namespace Legacy.Connector.Reading;

/// <summary>
/// Reads a CSV export with a header row (CsvHelper's parser: RFC 4180 quoting, embedded delimiters and line breaks).
/// A row with the wrong number of fields or broken quoting is kept with a <see cref="SourceRow.Problem"/> so it is
/// quarantined with the others' reasons instead of stopping the file.
/// </summary>
public static class CsvExportReader
{
    public static ExportFile Read(byte[] content, FilePatternOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = TextDecoding.Decode(content, options.Encoding);
        var culture = string.IsNullOrWhiteSpace(options.Culture) ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(options.Culture);
        string? badData = null;
        var config = new CsvConfiguration(culture)
        {
            Delimiter = options.Delimiter,
            HasHeaderRecord = true,
            BadDataFound = args => badData ??= $"malformed quoting in field '{args.Field}'",
            DetectColumnCountChanges = false,
        };
        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, config);
        if (!parser.Read())
        {
            throw new FileUnreadableException("the file is empty (no header row)");
        }

        var columns = parser.Record!.Select(c => c.Trim()).ToArray();
        if (columns.Any(string.IsNullOrEmpty) || columns.Distinct(StringComparer.OrdinalIgnoreCase).Count() != columns.Length)
        {
            throw new FileUnreadableException($"the header row has blank or repeated column names: {string.Join(options.Delimiter, columns)}");
        }

        var rows = new List<SourceRow>();
        while (true)
        {
            badData = null;
            bool more;
            try
            {
                more = parser.Read();
            }
            catch (CsvHelperException ex)
            {
                throw new FileUnreadableException($"CSV cannot be parsed after data row {rows.Count}: {ex.Message.Split('\n')[0]}", ex);
            }

            if (!more)
            {
                break;
            }

            var values = parser.Record!;
            if (values.Length == 1 && string.IsNullOrWhiteSpace(values[0]))
            {
                continue;
            }

            var problem = badData ?? (values.Length != columns.Length ? $"the row has {values.Length} fields, the header {columns.Length}" : null);
            rows.Add(new SourceRow(rows.Count + 1, values, columns, problem));
        }

        return new ExportFile(columns, rows);
    }
}
