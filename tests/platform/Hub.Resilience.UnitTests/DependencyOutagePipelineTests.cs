using Hub.Messaging.Kafka.Consuming;
using Hub.Messaging.Processing;
using Hub.Resilience.UnitTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Resilience.UnitTests;

/// <summary>"dependency-outage": the consumer's guard around Redis and the registry. Its outage behaviour: Hub.Messaging.UnitTests.</summary>
public sealed class DependencyOutagePipelineTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(10);

    [Theory]
    [InlineData(null, null, 100, 200)]
    [InlineData("00:00:02", "00:00:02", 2000, 2000)]
    [InlineData("00:00:00.500", "00:00:00.600", 500, 600)]
    public async Task RunAsync_DelaysFromTheSection_WaitsThemBetweenTries(string? delay, string? maxDelay, int firstGapMs, int secondGapMs)
    {
        var (services, _, time) = TestServices.Create(new()
        {
            ["Resilience:dependency-outage:Delay"] = delay,
            ["Resilience:dependency-outage:MaxDelay"] = maxDelay,
        });
        services.AddKafkaMessaging();
        await using var provider = services.BuildServiceProvider();
        var guard = provider.GetRequiredService<DependencyOutageGuard>();
        var tries = new List<DateTimeOffset>();

        var run = guard.RunAsync(
            "Redis",
            () =>
            {
                tries.Add(time.GetUtcNow());
                return tries.Count < 3 ? Task.FromException<int>(new ProcessingStoreUnavailableException("down")) : Task.FromResult(tries.Count);
            },
            _ => Task.CompletedTask,
            _ => { },
            CancellationToken.None);
        await time.AdvanceUntilAsync(() => run.IsCompleted, Step);

        (await run).Should().Be(3);
        tries.Gaps()[0].Should().BeCloseTo(TimeSpan.FromMilliseconds(firstGapMs), Step);
        tries.Gaps()[1].Should().BeCloseTo(TimeSpan.FromMilliseconds(secondGapMs), Step);
    }
}
