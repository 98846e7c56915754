using System.Diagnostics;

namespace Hub.Demo;

/// <summary>Polls a condition until it holds or a deadline passes (no fixed sleeps standing in for "long enough").</summary>
public static class Until
{
    public static async Task<bool> HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(250, cancellationToken);
        }

        return true;
    }

    public static async Task OrThrowAsync(Func<Task<bool>> condition, string what, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!await HoldsAsync(condition, timeout, cancellationToken))
        {
            throw new TimeoutException($"The day could not go on: {what} did not happen within {timeout.TotalSeconds:0} s.");
        }
    }
}
