using Hub.Messaging.Errors;
using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.Kafka.Pipeline;

namespace Hub.Messaging.UnitTests.Pipeline;

public sealed class RetryDelaysTests
{
    private const int Samples = 500;

    private static readonly RetryOptions Options = new()
    {
        RetryTopicBaseDelay = TimeSpan.FromSeconds(5),
        RetryTopicMaxDelay = TimeSpan.FromMinutes(10),
    };

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(4, 40)]
    [InlineData(7, 320)]
    public void ForRetryTopic_Attempt_BetweenHalfAndFullExponentialCeiling(int attempt, double ceilingSeconds)
    {
        var delays = Sample(attempt, null);

        delays.Should().OnlyContain(d => d >= TimeSpan.FromSeconds(ceilingSeconds / 2) && d <= TimeSpan.FromSeconds(ceilingSeconds));
    }

    [Theory]
    [InlineData(8)]
    [InlineData(12)]
    [InlineData(40)]
    [InlineData(1000)]
    public void ForRetryTopic_LateAttempt_NeverAboveMaxDelay(int attempt)
    {
        var delays = Sample(attempt, null);

        delays.Should().OnlyContain(d => d >= TimeSpan.FromMinutes(5) && d <= TimeSpan.FromMinutes(10));
    }

    [Fact]
    public void ForRetryTopic_ManySamples_Jittered()
    {
        var delays = Sample(3, null);

        delays.Distinct().Count().Should().BeGreaterThan(Samples / 2, "parked events must not all come back at the same moment");
    }

    [Fact]
    public void ForRetryTopic_RetryAfterLongerThanDelay_RetryAfterWins()
    {
        var error = new TransientEventException("throttled") { RetryAfter = TimeSpan.FromHours(1) };

        Sample(1, error).Should().OnlyContain(d => d == TimeSpan.FromHours(1), "the target said when to come back, even beyond the maximum");
    }

    [Fact]
    public void ForRetryTopic_RetryAfterShorterThanDelay_Ignored()
    {
        var error = new TransientEventException("throttled") { RetryAfter = TimeSpan.FromMilliseconds(10) };

        Sample(1, error).Should().OnlyContain(d => d >= TimeSpan.FromSeconds(2.5));
    }

    [Fact]
    public void ForRetryTopic_OtherErrorType_NoRetryAfterConsidered()
    {
        Sample(2, new TimeoutException("slow")).Should().OnlyContain(d => d >= TimeSpan.FromSeconds(5) && d <= TimeSpan.FromSeconds(10));
    }

    private static List<TimeSpan> Sample(int attempt, Exception? error) =>
        Enumerable.Range(0, Samples).Select(_ => RetryDelays.ForRetryTopic(Options, attempt, error)).ToList();
}
