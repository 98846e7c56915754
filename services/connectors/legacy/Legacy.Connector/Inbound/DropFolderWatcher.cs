using Legacy.Connector.Files;
using Microsoft.Extensions.Options;

namespace Legacy.Connector.Inbound;

/// <summary>
/// Polls the inbox every <see cref="InboundOptions.PollInterval"/> (a FileSystemWatcher only wakes it early: its
/// events are lost on network shares and overflows, polling is the truth). Leftovers in processing/ (a crash) are
/// processed first. A complete file is claimed by moving it to processing/, then processed; a failure (Kafka or
/// Redis down) leaves it there and it is tried again after <see cref="InboundOptions.RetryDelay"/>.
/// </summary>
public sealed partial class DropFolderWatcher(
    IOptions<InboundOptions> options,
    IOptions<LegacyFolders> folders,
    CompletionDetector completion,
    FileMover mover,
    FileProcessor processor,
    TimeProvider time,
    ILogger<DropFolderWatcher> logger) : BackgroundService
{
    private static readonly string[] InProgressSuffixes = [".tmp", ".part", ".partial", ".filepart"];
    private readonly Dictionary<string, DateTimeOffset> _notBefore = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _wake = new(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        folders.Value.EnsureCreated();
        using var watcher = new FileSystemWatcher(folders.Value.InboxPath) { EnableRaisingEvents = true };
        watcher.Created += (_, _) => Wake();
        watcher.Renamed += (_, _) => Wake();
        while (!stoppingToken.IsCancellationRequested)
        {
            await ProcessClaimedAsync(stoppingToken).ConfigureAwait(false);
            ClaimCompleted();
            await ProcessClaimedAsync(stoppingToken).ConfigureAwait(false);
            try
            {
                await _wake.WaitAsync(options.Value.PollInterval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    private void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            _wake.Release();
        }
    }

    private void ClaimCompleted()
    {
        foreach (var path in Directory.EnumerateFiles(folders.Value.InboxPath).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (options.Value.IsMarker(name) || InProgressSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase)) || !completion.IsComplete(path))
            {
                continue;
            }

            var marker = completion.MarkerOf(path);
            try
            {
                if (mover.TryClaim(path, out _) && marker is not null)
                {
                    File.Delete(marker);
                }
            }
            catch (IOException ex)
            {
                LogClaimFailed(ex, name);
            }

            completion.Forget(path);
        }
    }

    private async Task ProcessClaimedAsync(CancellationToken cancellationToken)
    {
        foreach (var path in Directory.EnumerateFiles(folders.Value.ProcessingPath).Order(StringComparer.Ordinal))
        {
            if (_notBefore.TryGetValue(path, out var notBefore) && time.GetUtcNow() < notBefore)
            {
                continue;
            }

            try
            {
                await processor.ProcessAsync(path, cancellationToken).ConfigureAwait(false);
                _notBefore.Remove(path);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                _notBefore[path] = time.GetUtcNow() + options.Value.RetryDelay;
                LogProcessingFailed(ex, Path.GetFileName(path), options.Value.RetryDelay);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not claim {File}; trying again at the next poll")]
    private partial void LogClaimFailed(Exception ex, string file);

    [LoggerMessage(Level = LogLevel.Error, Message = "Processing {File} failed; it stays in processing/ and is tried again in {Delay}")]
    private partial void LogProcessingFailed(Exception ex, string file, TimeSpan delay);
}
