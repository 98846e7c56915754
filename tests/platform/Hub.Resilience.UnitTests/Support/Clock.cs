using Microsoft.Extensions.Time.Testing;

namespace Hub.Resilience.UnitTests.Support;

internal static class Clock
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Moves the fake clock in <paramref name="step"/>s until <paramref name="done"/>, giving continuations a moment to
    /// run after each step; fails after ten real seconds.
    /// </summary>
    public static async Task AdvanceUntilAsync(this FakeTimeProvider time, Func<bool> done, TimeSpan step)
    {
        var deadline = DateTime.UtcNow + Deadline;
        while (!done())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the condition should have been reached by now");
            time.Advance(step);
            await Task.Delay(1);
        }
    }

    /// <summary>The gaps between consecutive instants.</summary>
    public static List<TimeSpan> Gaps(this IReadOnlyList<DateTimeOffset> instants) =>
        instants.Zip(instants.Skip(1), (before, after) => after - before).ToList();
}
