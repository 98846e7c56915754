using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Hub.Connectors.Hosting;
using Hub.Messaging;
using Legacy.Connector.Files;
using Legacy.Connector.Inbound;
using Legacy.Connector.Reading;
using Microsoft.Extensions.Options;

namespace Legacy.Connector.Quarantine;

/// <summary>
/// Writes a file's rejected rows to quarantine/&lt;file&gt;.rejected.csv (the original columns, then REJECT_ROW and
/// REJECT_REASON; the connector ignores those two, so a fixed file can be dropped again as it is) and publishes each
/// to the quarantine topic with an id derived from (file hash, row), so a re-run publishes the same ids.
/// </summary>
public sealed class QuarantineWriter(IOptions<LegacyFolders> folders, IOptions<InboundOptions> options, IEventPublisher publisher, EnvelopeFactory envelopes, TimeProvider time)
{
    public const string RowColumn = "REJECT_ROW";
    public const string ReasonColumn = "REJECT_REASON";

    /// <param name="delimiter">The source file's delimiter for CSV exports, so a corrected file can be dropped again as it is.</param>
    public async Task<string> WriteAsync(string fileName, string fileHash, string entity, IReadOnlyList<string> columns, IReadOnlyList<RejectedRow> rejected, string delimiter, CancellationToken cancellationToken)
    {
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
        foreach (var (row, reason) in rejected)
        {
            await publisher.PublishAsync(options.Value.QuarantineTopic, new QuarantinedRow
            {
                EventId = RowEventId.For(envelopes.SourceSystem, fileHash, row.Number, nameof(QuarantinedRow)).ToString(),
                FileName = fileName,
                FileHash = fileHash,
                Entity = entity,
                Row = row.Number,
                Reason = reason,
                Values = row.Columns.Zip(row.Values).GroupBy(p => p.First, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Second, StringComparer.OrdinalIgnoreCase),
                QuarantineFile = path,
                OccurredAt = time.GetUtcNow(),
            }, cancellationToken).ConfigureAwait(false);
        }

        return path;
    }

    // A row with fewer fields than the header keeps its columns aligned; extra fields are kept after them.
    private static IEnumerable<string> Pad(IReadOnlyList<string> values, int count) =>
        values.Count >= count ? values.Take(count) : values.Concat(Enumerable.Repeat("", count - values.Count));
}
