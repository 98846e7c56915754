using System.Diagnostics;
using System.Globalization;

namespace Hub.Benchmarks;

/// <summary>Polls for a condition with a deadline, and the median the load program reports.</summary>
public static class BenchWait
{
    public static async Task ForAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > timeout)
            {
                throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"Timed out after {timeout.TotalSeconds:F0} s waiting for {what}."));
            }

            await Task.Delay(50);
        }
    }

    public static double Median(IReadOnlyCollection<double> values) => values.Order().ElementAt(values.Count / 2);
}
