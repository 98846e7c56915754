using Hub.Messaging.Processing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Connectors.Polling;

/// <summary>Runs one <see cref="DeltaPoller{TRecord}"/> on its interval, backing off exponentially while the source fails.</summary>
public sealed partial class DeltaPollingService<TRecord>(
    DeltaPoller<TRecord> poller,
    DeltaPollingOptions options,
    PollingHealth health,
    TimeProvider time,
    ILogger<DeltaPollingService<TRecord>> logger,
    ConnectorPauseWatch? pauses = null) : BackgroundService
    where TRecord : class
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            LogDisabled(poller.Name);
            return;
        }

        var failures = 0;
        var pause = new PollingPause(pauses, poller.Name, logger);
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan delay;
            try
            {
                if (await pause.IsPausedAsync())
                {
                    await Task.Delay(PollingPause.Recheck, time, stoppingToken);
                    continue;
                }

                var result = await poller.PollOnceAsync(stoppingToken);
                health.Succeeded(poller.Name, result, time.GetUtcNow());
                if (result.Published > 0)
                {
                    LogPublished(poller.Name, result.Published, result.Skipped, result.Watermark.Position);
                }

                failures = 0;
                delay = options.Interval;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                health.Failed(poller.Name, ex, time.GetUtcNow());
                delay = Backoff(failures);
                LogFailed(ex, poller.Name, failures, delay);
            }

            try
            {
                await Task.Delay(delay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private TimeSpan Backoff(int failures)
    {
        var factor = Math.Pow(2, Math.Min(failures - 1, 20));
        return TimeSpan.FromMilliseconds(Math.Min(options.MaxErrorBackoff.TotalMilliseconds, options.ErrorBackoff.TotalMilliseconds * factor));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Poller {Poller} is disabled")]
    private partial void LogDisabled(string poller);

    [LoggerMessage(Level = LogLevel.Information, Message = "Poller {Poller} published {Published} change(s), skipped {Skipped} re-read; watermark {Watermark:O}")]
    private partial void LogPublished(string poller, int published, int skipped, DateTimeOffset? watermark);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Poller {Poller} failed ({Failures} in a row); next try in {Delay}")]
    private partial void LogFailed(Exception error, string poller, int failures, TimeSpan delay);
}
