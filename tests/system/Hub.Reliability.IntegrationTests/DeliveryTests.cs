using System.Diagnostics;
using Hub.Messaging.TestApp;
using Hub.Reliability.IntegrationTests.Support;
using Hub.Testing;
using Hub.Testing.Messaging;
using Hub.Testing.Reliability;

namespace Hub.Reliability.IntegrationTests;

public sealed class DeliveryTests(StackFixture stack, ReliabilityReport report)
{
    [Fact]
    public async Task SameEvents_DeliveredTwice_SecondCopiesStoppedBeforeTheHandler()
    {
        await using var scenario = await Scenario.CreateAsync(stack);
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        var consumer = await TestHosts.StartConsumerAsync(scenario);
        var events = Events.Spread(200, keys: 10);
        await publisher.PublishAsync(scenario.Topic, events);
        await scenario.WaitForAppliedAsync(events.Count);

        // An at-least-once source (a webhook retried, a file re-imported) publishes the very same events again.
        await publisher.PublishAsync(scenario.Topic, events);
        var markers = Enumerable.Range(0, 10).Select(k => TestEvent.Create($"key-{k}", 1000)).ToList();
        await publisher.PublishAsync(scenario.Topic, markers);
        await scenario.WaitForAppliedAsync(events.Count + markers.Count);
        var result = report.Add(await ReliabilityTally.CountAsync(scenario, "every event delivered twice", events.Count * 2 + markers.Count, [.. events.Ids(), .. markers.Ids()], 0, null, "200 copies with known event ids"));

        result.Passed.Should().BeTrue(result.Describe());
        result.RedeliveredToHandler.Should().Be(0, "dedup markers stop the copies before the handler");
        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }

    [Fact]
    public async Task SlowHandler_BacklogBuildsAndDrains_NothingLostNothingAppliedTwice()
    {
        await using var scenario = await Scenario.CreateAsync(stack);
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        var events = Events.Spread(600, keys: 30);
        var slow = new Dictionary<string, string?> { ["TestApp:HandlerDelayMs"] = "10" };
        var drain = Stopwatch.StartNew();
        var consumer = await TestHosts.StartConsumerAsync(scenario, o => o.MaxBatchSize = 200, settings: slow);
        await publisher.PublishAsync(scenario.Topic, events);

        await scenario.WaitForAppliedAsync(events.Count, TimeSpan.FromSeconds(120));
        var result = report.Add(await ReliabilityTally.CountAsync(scenario, "slow consumer (10 ms per event, batches of 200)", events.Count, events.Ids(), 0, null, $"backlog drained in {drain.Elapsed.TotalSeconds:0.0} s"));

        result.Passed.Should().BeTrue(result.Describe());
        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }
}
