using Hub.Messaging.Processing;
using StackExchange.Redis;

namespace Hub.Messaging.Redis;

/// <summary>
/// Turns the ways StackExchange.Redis says "Redis is not there" into <see cref="ProcessingStoreUnavailableException"/>,
/// the one exception the pipeline treats as "pause and retry" rather than as a failure of the event.
/// </summary>
internal static class RedisGuard
{
    public static async Task<T> RunAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisConnectionException or RedisTimeoutException or ObjectDisposedException)
        {
            throw new ProcessingStoreUnavailableException($"Redis is unreachable: {ex.Message}", ex);
        }
    }

    public static Task RunAsync(Func<Task> action) => RunAsync(async () =>
    {
        await action().ConfigureAwait(false);
        return true;
    });
}
