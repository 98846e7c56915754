namespace Hub.Build.DevStack;

/// <summary>Waits for a condition by polling it until a deadline, instead of sleeping a guessed amount.</summary>
public static class Poll
{
    public static async Task<bool> UntilAsync(
        Func<bool> condition, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromMilliseconds(Math.Clamp(timeout.TotalMilliseconds / 20, 10, 250));
        var deadline = time.GetUtcNow() + timeout;
        while (!condition())
        {
            if (time.GetUtcNow() >= deadline)
            {
                return false;
            }

            await Task.Delay(interval, time, cancellationToken);
        }

        return true;
    }
}
