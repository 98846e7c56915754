using System.Diagnostics;
using Hub.Reliability.IntegrationTests.Support;
using Hub.Testing;
using Hub.Testing.Messaging;
using Hub.Testing.Reliability;

namespace Hub.Reliability.IntegrationTests;

public sealed class ConsumerCrashTests(StackFixture stack, ReliabilityReport report)
{
    [Fact]
    public async Task ConsumerProcess_KilledMidBatch_NothingLostNothingAppliedTwice()
    {
        const int total = 1000;
        const int batchSize = 50;
        await using var scenario = await Scenario.CreateAsync(stack);
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        var events = Events.Spread(total, keys: 20);
        await publisher.PublishAsync(scenario.Topic, events);

        await using (var doomed = TestAppProcess.Start(scenario, handlerDelayMs: 3, maxBatchSize: batchSize))
        {
            await Eventually.UntilAsync(async () => await scenario.AppliedCountAsync() >= total / 3, "a third applied before the kill", TimeSpan.FromSeconds(90));
            await doomed.KillHardAsync();
        }

        (await scenario.AppliedCountAsync()).Should().BeLessThan(total, "the kill must land mid-stream");
        var restarted = Stopwatch.StartNew();
        await using var survivor = TestAppProcess.Start(scenario, maxBatchSize: batchSize);
        await scenario.WaitForAppliedAsync(total, TimeSpan.FromSeconds(120));
        var result = report.Add(await ReliabilityTally.CountAsync(scenario, "consumer kill -9 mid-batch", total, events.Ids(), 0, restarted.Elapsed, "recovery = restart to last event applied"));

        result.Passed.Should().BeTrue(result.Describe());
        result.RedeliveredToHandler.Should().BeLessThanOrEqualTo(batchSize * 3, "only batches in flight at the kill (one per partition) may reach the handler again");
        await publisher.StopQuietlyAsync();
    }
}
