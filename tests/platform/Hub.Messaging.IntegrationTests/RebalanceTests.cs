using Hub.Messaging.TestApp;
using Hub.Testing;
using Hub.Testing.Messaging;

namespace Hub.Messaging.IntegrationTests;

public sealed class RebalanceTests(StackFixture stack)
{
    [Fact]
    public async Task InstancesJoinAndLeaveMidStream_EveryEventAppliedOnceAndInKeyOrder()
    {
        const int total = 400;
        await using var scenario = await Scenario.CreateAsync(stack, partitions: 4);
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        var slow = new Dictionary<string, string?> { ["TestApp:HandlerDelayMs"] = "2" };
        var first = await TestHosts.StartConsumerAsync(scenario, o => o.MaxBatchSize = 20, settings: slow);
        await publisher.PublishAsync(scenario.Topic, Enumerable.Range(0, total).Select(i => TestEvent.Create($"key-{i % 16}", i / 16)));
        await Eventually.UntilAsync(async () => (await scenario.AppliedAsync()).Count >= total / 5, "some progress on the first instance", TimeSpan.FromSeconds(60));

        var second = await TestHosts.StartConsumerAsync(scenario, o => o.MaxBatchSize = 20, settings: slow);
        await Eventually.UntilAsync(async () => (await scenario.AppliedAsync()).Count >= total / 2, "progress after the second instance joined", TimeSpan.FromSeconds(60));
        await first.StopQuietlyAsync();

        await scenario.WaitForAppliedAsync(total, TimeSpan.FromSeconds(90));
        var applied = await scenario.AppliedAsync();
        applied.Should().HaveCount(total).And.OnlyHaveUniqueItems("a rebalance hands partitions over without losing or re-applying events");
        (await scenario.RejectedDuplicatesAsync()).Should().BeLessThanOrEqualTo(40, "at most the batch in flight on each side of the handover reaches the handler again");
        foreach (var key in applied.Select(a => a.Split(':')).GroupBy(p => p[0]))
        {
            key.Select(p => int.Parse(p[1])).Should().BeInAscendingOrder();
        }

        await second.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }
}
