using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.Extensions.Options;

namespace Legacy.Sandbox.Exports;

/// <summary>Writes exports into the drop folder like the legacy exporters: in one go, or in growing parts, with or without a marker.</summary>
public sealed class ExportWriter(IOptions<LegacySandboxOptions> options, TimeProvider time, ILogger<ExportWriter> logger)
{
    private readonly ConcurrentDictionary<string, ExportRecord> _exports = new(StringComparer.Ordinal);

    static ExportWriter()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public IReadOnlyList<ExportRecord> Exports => _exports.Values.OrderBy(e => e.StartedAt).ToList();

    /// <summary>Starts writing; a slow export goes on in the background after this returns.</summary>
    public ExportRecord Start(ExportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.FileName) || request.FileName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            throw new ArgumentException("FileName must be a plain file name.", nameof(request));
        }

        var encoding = Encoding.GetEncoding(request.Encoding);
        var body = encoding.GetBytes(request.Content);
        var bytes = request.Bom ? [.. encoding.GetPreamble(), .. body] : body;
        var record = new ExportRecord(request.FileName, bytes.Length, false, time.GetUtcNow(), null);
        _exports[request.FileName] = record;
        _ = Task.Run(() => WriteAsync(request, bytes));
        return record;
    }

    public ExportRecord StartCustomers(CustomerExportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = request.Delimiter }))
        {
            foreach (var column in CustomerExportRequest.Columns)
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var row in request.Rows)
            {
                foreach (var column in CustomerExportRequest.Columns)
                {
                    csv.WriteField(row.GetValueOrDefault(column, ""));
                }

                csv.NextRecord();
            }
        }

        return Start(new ExportRequest { FileName = Name(request.FileName, "customers_", ".csv"), Content = text.ToString(), Bom = request.Bom, Marker = request.Marker, Chunks = request.Chunks, ChunkIntervalMs = request.ChunkIntervalMs });
    }

    public ExportRecord StartStock(StockExportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lines = request.Lines.Select(l =>
            l.Sku.PadRight(16)[..16] + l.Warehouse.PadRight(4)[..4] + l.OnHand.PadLeft(12)[..12] + l.Reserved.PadLeft(12)[..12] + l.Reason.PadRight(3)[..3] + l.Changed.PadRight(16)[..16]);
        return Start(new ExportRequest { FileName = Name(request.FileName, "stock_", ".txt"), Content = string.Join("\r\n", lines) + "\r\n", Marker = request.Marker, Chunks = request.Chunks, ChunkIntervalMs = request.ChunkIntervalMs });
    }

    private string Name(string given, string prefix, string extension) =>
        string.IsNullOrWhiteSpace(given) ? $"{prefix}{time.GetUtcNow():yyyyMMdd_HHmmssfff}{extension}" : given;

    private async Task WriteAsync(ExportRequest request, byte[] bytes)
    {
        try
        {
            var folder = Path.GetFullPath(options.Value.DropFolder);
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, request.FileName);
            var chunks = Math.Max(1, request.Chunks);
            var size = (bytes.Length + chunks - 1) / chunks;
            await using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
            {
                for (var offset = 0; offset < bytes.Length; offset += size)
                {
                    if (offset > 0)
                    {
                        await Task.Delay(TimeSpan.FromMilliseconds(request.ChunkIntervalMs), time).ConfigureAwait(false);
                    }

                    await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(size, bytes.Length - offset))).ConfigureAwait(false);
                    await stream.FlushAsync().ConfigureAwait(false);
                }
            }

            if (request.Marker)
            {
                await File.WriteAllTextAsync(path + ".done", "").ConfigureAwait(false);
            }

            _exports[request.FileName] = _exports[request.FileName] with { Complete = true, CompletedAt = time.GetUtcNow() };
        }
        catch (IOException ex)
        {
            logger.LogError(ex, "Writing export {File} failed", request.FileName);
        }
    }
}
