using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Legacy.Connector.Files;
using Microsoft.Extensions.Options;

namespace Legacy.Connector.Quarantine;

/// <summary>
/// The operator's copy of a file's rejected rows: quarantine/&lt;file&gt;.rejected.csv, the original columns, then
/// REJECT_ROW and REJECT_REASON. The connector ignores those two, so a fixed file can be dropped again as it is.
/// </summary>
public sealed class RejectedRowsFile(IOptions<LegacyFolders> folders)
{
    public const string RowColumn = "REJECT_ROW";
    public const string ReasonColumn = "REJECT_REASON";

    /// <param name="delimiter">The source file's delimiter for CSV exports, so a corrected file can be dropped again as it is.</param>
    /// <returns>The path written.</returns>
    public async Task<string> WriteAsync(string fileName, IReadOnlyList<string> columns, IReadOnlyList<RejectedRow> rejected, string delimiter)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rejected);
        var path = Path.Combine(folders.Value.QuarantinePath, fileName + ".rejected.csv");
        var temp = path + ".tmp";
        await using (var writer = new StreamWriter(temp))
        await using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter }))
        {
            foreach (var column in columns.Append(RowColumn).Append(ReasonColumn))
            {
                csv.WriteField(column);
            }

            await csv.NextRecordAsync().ConfigureAwait(false);
            foreach (var (row, reason) in rejected)
            {
                foreach (var value in Pad(row.Values, columns.Count))
                {
                    csv.WriteField(value);
                }

                csv.WriteField(row.Number.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(reason);
                await csv.NextRecordAsync().ConfigureAwait(false);
            }
        }

        File.Move(temp, path, overwrite: true);
        return path;
    }

    // A row with fewer fields than the header keeps its columns aligned; extra fields are kept after them.
    private static IEnumerable<string> Pad(IReadOnlyList<string> values, int count) =>
        values.Count >= count ? values.Take(count) : values.Concat(Enumerable.Repeat("", count - values.Count));
}
