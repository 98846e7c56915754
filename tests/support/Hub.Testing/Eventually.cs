namespace Hub.Testing;

/// <summary>Polls for a condition with a deadline: the replacement for fixed sleeps in tests.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    /// <exception cref="TimeoutException">The condition did not hold before the deadline.</exception>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        time ??= TimeProvider.System;
        var limit = timeout ?? DefaultTimeout;
        var started = time.GetTimestamp();
        while (!await condition())
        {
            if (time.GetElapsedTime(started) > limit)
            {
                throw new TimeoutException($"Gave up after {limit.TotalSeconds:0.#} s waiting for {what}.");
            }

            await Task.Delay(Interval, time, cancellationToken);
        }
    }

    public static Task UntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null, TimeProvider? time = null, CancellationToken cancellationToken = default) =>
        UntilAsync(() => Task.FromResult(condition()), what, timeout, time, cancellationToken);

    /// <summary>Awaits a task, failing with a clear message instead of hanging when it does not finish in time.</summary>
    public static async Task<T> WithinAsync<T>(Task<T> task, string what, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var limit = timeout ?? DefaultTimeout;
        try
        {
            return await task.WaitAsync(limit, cancellationToken);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"Gave up after {limit.TotalSeconds:0.#} s waiting for {what}.", ex);
        }
    }
}
