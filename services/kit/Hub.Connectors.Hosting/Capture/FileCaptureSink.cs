using Hub.Identity.Capture;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Hub.Connectors.Hosting.Capture;

/// <summary>
/// Appends each exchange as one JSON line to <c>{Folder}/{connector}-{yyyyMMdd}.jsonl</c> (UTC day), one writer at a
/// time; for a connector run on a workstation or where the topic is not wanted.
/// </summary>
public sealed class FileCaptureSink(IOptions<CaptureOptions> options, TimeProvider time) : ICaptureSink, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task WriteAsync(CapturedExchange exchange, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var folder = Path.GetFullPath(options.Value.Folder);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{exchange.Connector}-{time.GetUtcNow():yyyyMMdd}.jsonl");
        var line = JsonSerializer.Serialize(exchange, CaptureJsonSerializer.Options) + "\n";
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await File.AppendAllTextAsync(file, line, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
