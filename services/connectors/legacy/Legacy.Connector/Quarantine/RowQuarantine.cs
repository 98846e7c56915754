using Hub.Connectors.Hosting;
using Hub.Messaging.Errors;
using Legacy.Connector.Inbound;

namespace Legacy.Connector.Quarantine;

/// <summary>
/// Rejects a file's bad rows: first the operator's copy next to the file (<see cref="RejectedRowsFile"/>), then each
/// row through the kit's <see cref="InboundQuarantine"/> as a <see cref="QuarantinedRow"/> keyed by the file name, with
/// an id derived from (file hash, row) so a re-run quarantines the same ids.
/// </summary>
public sealed class RowQuarantine(RejectedRowsFile file, InboundQuarantine quarantine, EnvelopeFactory envelopes, TimeProvider time)
{
    /// <summary>The reason code of a rejected row (hub-error-kind permanent:row-rejected); the reason itself says which rule.</summary>
    public const string ReasonCode = "row-rejected";

    /// <param name="delimiter">The source file's delimiter for CSV exports (<see cref="RejectedRowsFile"/>).</param>
    public async Task QuarantineAsync(
        string fileName, string fileHash, string entity, IReadOnlyList<string> columns, IReadOnlyList<RejectedRow> rejected, string delimiter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        var path = await file.WriteAsync(fileName, columns, rejected, delimiter).ConfigureAwait(false);
        var records = rejected.Select(r => Record(fileName, fileHash, entity, path, r)).ToList();
        await quarantine.QuarantineAsync($"file:{fileName}", records, cancellationToken).ConfigureAwait(false);
    }

    private RejectedRecord Record(string fileName, string fileHash, string entity, string path, RejectedRow rejected)
    {
        var (row, reason) = rejected;
        var quarantined = new QuarantinedRow
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
        };
        return new RejectedRecord(
            quarantined.EntityId, nameof(QuarantinedRow), QuarantinedRowJsonSerializer.Serialize(quarantined), quarantined.EventId,
            new PermanentEventException(ReasonCode, $"{fileName} row {row.Number}: {reason}"));
    }
}
