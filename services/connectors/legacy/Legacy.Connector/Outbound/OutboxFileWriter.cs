using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Hub.Connectors.Hosting;
using Hub.Mapping;
using Legacy.Connector.Files;
using Microsoft.Extensions.Options;

namespace Legacy.Connector.Outbound;

/// <summary>
/// Turns queued rows into import files: when <see cref="OutboundOptions.BatchSize"/> rows wait or the oldest waited
/// <see cref="OutboundOptions.BatchWindow"/>. A file is written under a .tmp name, renamed (atomic on one file
/// system), then its .done marker is written, so the legacy import never sees half a file. Only then are the rows'
/// ids recorded as written and the rows removed from the queue. A crash between the rename and that record writes the
/// rows again in a later file; the EVENT_ID column lets the legacy import skip them (the only duplicate window).
/// </summary>
public sealed partial class OutboxFileWriter(
    OutboundJournal journal,
    MappingCatalog mappings,
    IOptions<OutboundOptions> options,
    IOptions<LegacyFolders> folders,
    ConnectorTelemetry telemetry,
    TimeProvider time,
    ILogger<OutboxFileWriter> logger) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(200);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Directory.CreateDirectory(folders.Value.OutboxPath);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await FlushIfDueAsync().ConfigureAwait(false);
                await Task.Delay(Tick, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFlushFailed(ex);
                await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    public async Task<string?> FlushIfDueAsync()
    {
        var settings = options.Value;
        var waiting = await journal.CountAsync().ConfigureAwait(false);
        if (waiting == 0)
        {
            return null;
        }

        var batch = await journal.PeekAsync(settings.BatchSize).ConfigureAwait(false);
        if (batch.Count < settings.BatchSize && time.GetUtcNow() - batch[0].EnqueuedAt < settings.BatchWindow)
        {
            return null;
        }

        var rows = await journal.NotWrittenAsync(batch).ConfigureAwait(false);
        var path = rows.Count == 0 ? null : Write(rows);
        await journal.CommitAsync(rows, batch.Count).ConfigureAwait(false);
        foreach (var _ in rows)
        {
            telemetry.Outbound(CustomerExportHandler.Operation, "applied");
        }

        if (path is not null)
        {
            LogWritten(Path.GetFileName(path), rows.Count);
        }

        return path;
    }

    private string Write(IReadOnlyList<PendingRow> rows)
    {
        var settings = options.Value;
        var name = $"{settings.FilePrefix}{time.GetUtcNow():yyyyMMddHHmmssfff}_{rows[0].EventId[..8]}.csv";
        var path = Path.Combine(folders.Value.OutboxPath, name);
        var temp = path + ".tmp";
        var columns = mappings[settings.Mapping].Definition.Fields.Select(f => f.Target).ToList();
        using (var writer = new StreamWriter(temp))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = settings.Delimiter }))
        {
            columns.ForEach(csv.WriteField);
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var value in row.Values)
                {
                    csv.WriteField(value);
                }

                csv.NextRecord();
            }
        }

        File.Move(temp, path);
        File.WriteAllText(path + ".done", "");
        return path;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote {File} with {Rows} customer row(s) for the legacy import")]
    private partial void LogWritten(string file, int rows);

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing the outbound file failed; the rows stay queued")]
    private partial void LogFlushFailed(Exception ex);
}
