using Hub.Messaging.Errors;
using Hub.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Registry;

namespace Hub.Messaging.Kafka.Consuming;

/// <summary>
/// Retries an operation on Redis (or another dependency the pipeline cannot work without) until it succeeds or the
/// worker stops, in the "dependency-outage" resilience pipeline (<c>Resilience:dependency-outage</c>: its delays;
/// it retries <see cref="DependencyUnavailableException"/> only, for as long as it takes). Before each wait it calls
/// <c>whileWaiting(true)</c>, which keeps the consumer's partitions paused and polls it, so the consumer keeps its
/// group membership and serves rebalances; <c>whileWaiting(false)</c> resumes them once the dependency answers.
/// Nothing is acknowledged meanwhile: offsets are stored only after the Redis write succeeded.
/// </summary>
public sealed class DependencyOutageGuard(ResiliencePipelineProvider<string> pipelines, ILogger<DependencyOutageGuard> logger, TimeProvider time)
{
    private readonly ResiliencePipeline _pipeline = pipelines.GetPipeline(ResiliencePipelineNames.DependencyOutage);

    public async Task<T> RunAsync<T>(string what, Func<Task<T>> operation, Func<bool, Task> whileWaiting, Action<bool> reportAvailability, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(whileWaiting);
        ArgumentNullException.ThrowIfNull(reportAvailability);
        var outageStarted = (DateTimeOffset?)null;
        T result;
        try
        {
            result = await _pipeline.ExecuteAsync(
                async _ => await operation().ConfigureAwait(false),
                async (error, _, _) =>
                {
                    if (outageStarted is null)
                    {
                        outageStarted = time.GetUtcNow();
                        reportAvailability(false);
                        logger.LogError(error, "{What} is unreachable; consumption paused, nothing is acknowledged until it is back", what);
                    }

                    await whileWaiting(true).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (DependencyUnavailableException) when (cancellationToken.IsCancellationRequested)
        {
            // The pipeline stops retrying once the worker stops; the worker expects to hear that it stopped.
            throw new OperationCanceledException(cancellationToken);
        }

        if (outageStarted is { } started)
        {
            logger.LogWarning("{What} is reachable again after {Duration}; resuming", what, time.GetUtcNow() - started);
            await whileWaiting(false).ConfigureAwait(false);
            reportAvailability(true);
        }

        return result;
    }

    public Task RunAsync(string what, Func<Task> operation, Func<bool, Task> whileWaiting, Action<bool> reportAvailability, CancellationToken cancellationToken) =>
        RunAsync(what, async () => { await operation().ConfigureAwait(false); return true; }, whileWaiting, reportAvailability, cancellationToken);
}
