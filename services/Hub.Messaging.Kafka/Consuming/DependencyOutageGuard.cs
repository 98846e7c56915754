using Hub.Messaging.Errors;
using Microsoft.Extensions.Logging;

namespace Hub.Messaging.Kafka.Consuming;

/// <summary>
/// Retries an operation on Redis (or another dependency the pipeline cannot work without) until it succeeds,
/// calling <c>whileWaiting</c> between tries so the consumer keeps its group membership with its partitions paused.
/// Nothing is acknowledged meanwhile: offsets are stored only after the Redis write succeeded.
/// </summary>
public sealed class DependencyOutageGuard(ILogger<DependencyOutageGuard> logger, TimeProvider time)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);

    public async Task<T> RunAsync<T>(string what, Func<Task<T>> operation, Func<TimeSpan, bool, Task> whileWaiting, Action<bool> reportAvailability, CancellationToken cancellationToken)
    {
        var backoff = TimeSpan.FromMilliseconds(100);
        var outageStarted = (DateTimeOffset?)null;
        while (true)
        {
            try
            {
                var result = await operation().ConfigureAwait(false);
                if (outageStarted is { } started)
                {
                    logger.LogWarning("{What} is reachable again after {Duration}; resuming", what, time.GetUtcNow() - started);
                    await whileWaiting(TimeSpan.Zero, false).ConfigureAwait(false);
                    reportAvailability(true);
                }

                return result;
            }
            catch (DependencyUnavailableException ex)
            {
                if (outageStarted is null)
                {
                    outageStarted = time.GetUtcNow();
                    reportAvailability(false);
                    logger.LogError(ex, "{What} is unreachable; consumption paused, nothing is acknowledged until it is back", what);
                }

                cancellationToken.ThrowIfCancellationRequested();
                await whileWaiting(backoff, true).ConfigureAwait(false);
                backoff = TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, backoff.Ticks * 2));
            }
        }
    }

    public Task RunAsync(string what, Func<Task> operation, Func<TimeSpan, bool, Task> whileWaiting, Action<bool> reportAvailability, CancellationToken cancellationToken) =>
        RunAsync(what, async () => { await operation().ConfigureAwait(false); return true; }, whileWaiting, reportAvailability, cancellationToken);
}
