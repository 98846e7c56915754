using Hub.Messaging.Processing;
using Hub.Resilience;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Polly;

namespace Hub.Connectors.Polling;

/// <summary>
/// Runs one <see cref="DeltaPoller{TRecord}"/> on its interval. A failed poll is retried in the "polling" resilience
/// pipeline (<c>Resilience:polling</c>: capped exponential backoff, until a poll succeeds or the service stops), so
/// the poller keeps running through an outage of its source.
/// </summary>
public sealed partial class DeltaPollingService<TRecord>(
    DeltaPoller<TRecord> poller,
    DeltaPollingOptions options,
    ResiliencePipeline pipeline,
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

        var pause = new PollingPause(pauses, poller.Name, logger);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await pause.IsPausedAsync().ConfigureAwait(false))
                {
                    await Task.Delay(PollingPause.Recheck, time, stoppingToken).ConfigureAwait(false);
                    continue;
                }

                var result = await pipeline.ExecuteAsync(token => new ValueTask<PollResult>(poller.PollOnceAsync(token)), OnFailedAsync, stoppingToken).ConfigureAwait(false);
                health.Succeeded(poller.Name, result, time.GetUtcNow());
                if (result.Published > 0)
                {
                    LogPublished(poller.Name, result.Published, result.Skipped, result.Watermark.Position);
                }

                await Task.Delay(options.Interval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                // Stopping: the pipeline no longer retries, so a poll cut short ends here whatever it threw.
                return;
            }
        }
    }

    private ValueTask OnFailedAsync(Exception error, int failures, TimeSpan nextDelay)
    {
        health.Failed(poller.Name, error, time.GetUtcNow());
        LogFailed(error, poller.Name, failures, nextDelay);
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Poller {Poller} is disabled")]
    private partial void LogDisabled(string poller);

    [LoggerMessage(Level = LogLevel.Information, Message = "Poller {Poller} published {Published} change(s), skipped {Skipped} re-read; watermark {Watermark:O}")]
    private partial void LogPublished(string poller, int published, int skipped, DateTimeOffset? watermark);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Poller {Poller} failed ({Failures} in a row); next try in {Delay}")]
    private partial void LogFailed(Exception error, string poller, int failures, TimeSpan delay);
}
