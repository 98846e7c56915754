namespace Hub.Reconciler;

/// <summary>
/// Runs the reconciliation at start and then every <see cref="ReconcilerOptions.Interval"/> after the previous run
/// ended (a slow run delays the next rather than overlapping it).
/// </summary>
public sealed partial class ReconcileSchedule(
    ReconciliationRun run,
    Microsoft.Extensions.Options.IOptionsMonitor<ReconcilerOptions> options,
    TimeProvider time,
    ILogger<ReconcileSchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await run.RunAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A run that fails unexpectedly must not end the schedule; the next interval tries again.
                LogRunFailed(ex);
            }

            try
            {
                await Task.Delay(options.CurrentValue.Interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A scheduled reconciliation failed; the next runs after the interval")]
    private partial void LogRunFailed(Exception exception);
}
