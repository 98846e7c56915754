using System.Security.Cryptography;
using Hub.Connectors.Hosting;
using Hub.Messaging;
using Legacy.Connector.Files;
using Legacy.Connector.Quarantine;
using Legacy.Connector.Reading;
using Legacy.Connector.State;
using Microsoft.Extensions.Options;

namespace Legacy.Connector.Inbound;

/// <summary>
/// Processes one claimed file (in processing/): duplicate check by content hash, read, validate and map every row,
/// publish the good rows and wait for the broker's acks, quarantine the bad ones (<see cref="RowQuarantine"/>), then
/// archive and record the hash. A crash anywhere before the archive step leaves the file in processing/, and
/// processing it again publishes the same event ids (file hash + row), which consumers drop as duplicates.
/// </summary>
public sealed partial class FileProcessor(
    IOptions<InboundOptions> options,
    IEnumerable<IRowConverter> converters,
    ExportReader reader,
    RowQuarantine quarantine,
    ProcessedFiles processed,
    CanonicalEventPublisher publisher,
    ConnectorTelemetry telemetry,
    FileMover mover,
    TimeProvider time,
    ILogger<FileProcessor> logger)
{
    public async Task<ProcessedFile> ProcessAsync(string path, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        using var activity = telemetry.StartInbound("file", name, System.Diagnostics.ActivityKind.Consumer);
        var pattern = options.Value.PatternFor(name);
        var content = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        if (pattern is null)
        {
            return Unreadable(path, hash, "unknown", "no Legacy:Inbound:Files pattern matches the file name");
        }

        if (await processed.FindAsync(hash).ConfigureAwait(false) is { } earlier)
        {
            var archived = mover.ToArchive(path, "duplicates");
            LogDuplicate(name, earlier.FileName, earlier.ProcessedAt);
            telemetry.Inbound("file", pattern.EntityName, "duplicate", Math.Max(1, earlier.Published + earlier.Quarantined));
            return new ProcessedFile(hash, name, pattern.EntityName, time.GetUtcNow(), 0, 0, "duplicate", archived);
        }

        ExportFile file;
        try
        {
            file = reader.Read(content, pattern);
        }
        catch (FileUnreadableException ex)
        {
            return Unreadable(path, hash, pattern.EntityName, ex.Message);
        }

        var (accepted, rejected) = await ConvertAsync(file, pattern, hash).ConfigureAwait(false);
        await PublishAsync(accepted, cancellationToken).ConfigureAwait(false);
        if (rejected.Count > 0)
        {
            await quarantine.QuarantineAsync(name, hash, pattern.EntityName, file.Columns, rejected, pattern.Format == FileFormat.Csv ? pattern.Delimiter : ",", cancellationToken).ConfigureAwait(false);
        }

        var archivedAs = mover.ToArchive(path);
        var result = new ProcessedFile(hash, name, pattern.EntityName, time.GetUtcNow(), accepted.Count, rejected.Count, rejected.Count == 0 ? "processed" : "processed-with-rejects", archivedAs);
        mover.WriteReport(archivedAs, result);
        await processed.RecordAsync(result).ConfigureAwait(false);
        telemetry.Inbound("file", pattern.EntityName, "published", accepted.Count);
        telemetry.Inbound("file", pattern.EntityName, "quarantined", rejected.Count);
        LogProcessed(name, accepted.Count, rejected.Count);
        return result;
    }

    private async Task<(List<RowResult> Accepted, List<RejectedRow> Rejected)> ConvertAsync(ExportFile file, FilePatternOptions pattern, string hash)
    {
        var converter = converters.Single(c => c.Entity == pattern.Entity);
        var results = new List<(SourceRow Row, RowResult Result)>();
        foreach (var row in file.Rows)
        {
            results.Add((row, row.Problem is { } problem ? RowResult.Rejected($"row (read): {problem}") : await converter.ConvertAsync(row, pattern, hash).ConfigureAwait(false)));
        }

        var bad = results.Count(r => r.Result.IsRejected);
        if (pattern.AllOrNothing && bad > 0)
        {
            return ([], results.Select(r => new RejectedRow(r.Row, r.Result.Reason ?? $"file rejected (all-or-nothing): {bad} other row(s) are bad")).ToList());
        }

        return (results.Where(r => !r.Result.IsRejected).Select(r => r.Result).ToList(),
            results.Where(r => r.Result.IsRejected).Select(r => new RejectedRow(r.Row, r.Result.Reason!)).ToList());
    }

    // Rows of one entity in file order; different entities concurrently. Completes when the broker acked every row.
    private Task PublishAsync(List<RowResult> accepted, CancellationToken cancellationToken) =>
        Task.WhenAll(accepted.GroupBy(r => r.Event!.EntityId).Select(async group =>
        {
            foreach (var row in group)
            {
                await (row.Event switch
                {
                    Hub.Contracts.CustomerUpserted customer => publisher.PublishAsync(customer, cancellationToken),
                    Hub.Contracts.StockLevelChanged stock => publisher.PublishAsync(stock, cancellationToken),
                    _ => throw new InvalidOperationException($"no publisher for {row.Event!.GetType().Name}"),
                }).ConfigureAwait(false);
            }
        }));

    private ProcessedFile Unreadable(string path, string hash, string entity, string reason)
    {
        var movedTo = mover.ToError(path, reason);
        telemetry.Inbound("file", entity, "rejected");
        LogUnreadable(Path.GetFileName(path), reason);
        return new ProcessedFile(hash, Path.GetFileName(path), entity, time.GetUtcNow(), 0, 0, "unreadable", movedTo);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Processed {File}: {Published} row(s) published, {Quarantined} quarantined")]
    private partial void LogProcessed(string file, int published, int quarantined);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Duplicate file {File}: same content as {Earlier} processed at {At}; archived as a duplicate, nothing published")]
    private partial void LogDuplicate(string file, string earlier, DateTimeOffset at);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unreadable file {File} moved to the error folder: {Reason}")]
    private partial void LogUnreadable(string file, string reason);
}
