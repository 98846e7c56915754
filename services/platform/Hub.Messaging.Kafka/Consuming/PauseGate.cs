using Confluent.Kafka;
using Hub.Messaging.Processing;
using Microsoft.Extensions.Logging;

namespace Hub.Messaging.Kafka.Consuming;

/// <summary>
/// The operator's kill switch (`hub pause`) in a worker's loop. While the connector or this subscription is
/// paused, the worker does what it does in a Redis outage (<see cref="PausedPolling"/>): all partitions paused, the
/// consumer still polled so it keeps its group membership, nothing handled and nothing acknowledged. On resume it
/// continues from where it stopped. The pause is read from <see cref="ConnectorPauseWatch"/>'s cache, never per message.
/// </summary>
internal static class PauseGate
{
    private static readonly TimeSpan PollWhilePaused = TimeSpan.FromMilliseconds(500);

    /// <returns>False when the worker is stopping while paused (it must then handle nothing more).</returns>
    /// <param name="beforePause">Finishes work already handled (its Redis write and offsets) before the worker holds.</param>
    public static async Task<bool> HoldWhilePausedAsync<TEvent>(IConsumer<byte[]?, byte[]?> consumer, string name, SubscriptionRuntime<TEvent> runtime, Func<Task> beforePause, CancellationToken stoppingToken)
        where TEvent : class, IIntegrationEvent
    {
        var pause = await CurrentAsync(runtime).ConfigureAwait(false);
        runtime.PauseMetrics.Set(name, runtime.PauseConnector, pause?.Scope);
        if (pause is null)
        {
            return true;
        }

        await beforePause().ConfigureAwait(false);
        runtime.Logger.LogWarning("{Name} is {Pause}; nothing is handled or acknowledged until 'hub resume {Connector}'", name, pause.Describe(), runtime.PauseConnector);
        while (pause is not null && !stoppingToken.IsCancellationRequested)
        {
            runtime.Health.Waiting(name, $"{name}: {pause.Describe()}");
            runtime.PauseMetrics.Set(name, runtime.PauseConnector, pause.Scope);
            await PausedPolling.PollAsync(consumer, true, runtime).ConfigureAwait(false);
            try
            {
                await Task.Delay(PollWhilePaused, runtime.Time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopping while paused: the partitions stay paused and nothing is acknowledged.
                return false;
            }

            pause = await CurrentAsync(runtime).ConfigureAwait(false);
        }

        runtime.Health.Waiting(name, null);
        runtime.PauseMetrics.Set(name, runtime.PauseConnector, null);
        if (pause is not null)
        {
            return false;
        }

        await PausedPolling.PollAsync(consumer, false, runtime).ConfigureAwait(false);
        runtime.Logger.LogWarning("{Name} resumed", name);
        return true;
    }

    private static async Task<ConnectorPause?> CurrentAsync<TEvent>(SubscriptionRuntime<TEvent> runtime)
        where TEvent : class, IIntegrationEvent
    {
        if (runtime.Pauses is null)
        {
            return null;
        }

        var pauses = await runtime.Pauses.CurrentAsync().ConfigureAwait(false);
        return pauses.Count == 0 ? null : PauseScope.ForSubscription(pauses, runtime.PauseSubscription) ?? PauseScope.ForSubscription(pauses, runtime.Options.Name);
    }
}
