using System.Diagnostics;
using Hub.Reliability.IntegrationTests.Support;
using Hub.Testing;
using Hub.Testing.Messaging;
using Hub.Testing.Reliability;

namespace Hub.Reliability.IntegrationTests;

public sealed class RedisRestartTests(StackFixture stack, ReliabilityReport report)
{
    [Fact]
    public async Task Redis_StoppedMidStreamAndRestarted_NothingLostNothingAppliedTwice()
    {
        await using var scenario = await Scenario.CreateAsync(stack);
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        var consumer = await TestHosts.StartConsumerAsync(scenario);
        var before = Events.Spread(200, keys: 10);
        var during = Events.Spread(200, keys: 10, firstSequence: 200);
        await publisher.PublishAsync(scenario.Topic, before);
        await scenario.WaitForAppliedAsync(before.Count);

        Stopwatch recovery;
        await stack.StopRedisAsync();
        try
        {
            await publisher.PublishAsync(scenario.Topic, during);
            await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
        }
        finally
        {
            // Every later scenario needs Redis: bring it back whatever happened above.
            await stack.StartRedisAsync();
            recovery = Stopwatch.StartNew();
        }

        await scenario.WaitForAppliedAsync(before.Count + during.Count, TimeSpan.FromSeconds(90));
        var result = report.Add(await ReliabilityTally.CountAsync(scenario, "Redis stopped 3 s mid-stream, restarted", before.Count + during.Count, [.. before.Ids(), .. during.Ids()], 0, recovery.Elapsed, "recovery = Redis up to last event applied"));

        result.Passed.Should().BeTrue(result.Describe());
        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }
}
