using Hub.Messaging.TestApp;
using Hub.Testing;
using Hub.Testing.Messaging;

namespace Hub.Messaging.IntegrationTests;

public sealed class PipelineDeliveryTests(StackFixture stack)
{
    [Fact]
    public async Task Publish_ManyKeys_EveryEventHandledOnceInKeyOrder()
    {
        await using var scenario = await Scenario.CreateAsync(stack);
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        var consumer = await TestHosts.StartConsumerAsync(scenario);
        var events = Enumerable.Range(0, 60).Select(i => TestEvent.Create($"customer-{i % 6}", i / 6)).ToList();

        foreach (var e in events)
        {
            await publisher.PublishAsync(scenario.Topic, [e]);
        }

        await scenario.WaitForAppliedAsync(60);
        var applied = await scenario.AppliedAsync();
        applied.Should().HaveCount(60).And.OnlyHaveUniqueItems();
        foreach (var group in applied.Select(a => a.Split(':')).GroupBy(p => p[0]))
        {
            group.Select(p => int.Parse(p[1])).Should().BeInAscendingOrder($"events of {group.Key} share a partition and keep their order");
        }

        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }

    [Fact]
    public async Task Publish_SameEventTwice_HandlerCalledOnce()
    {
        await using var scenario = await Scenario.CreateAsync(stack);
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        var consumer = await TestHosts.StartConsumerAsync(scenario);
        var duplicate = TestEvent.Create("customer-1", 1);
        var marker = TestEvent.Create("customer-1", 2);

        await publisher.PublishAsync(scenario.Topic, [duplicate]);
        await scenario.WaitForAppliedAsync(1);
        await publisher.PublishAsync(scenario.Topic, [duplicate]);
        await publisher.PublishAsync(scenario.Topic, [marker]);
        await scenario.WaitForAppliedAsync(2);

        (await scenario.CallsAsync(duplicate.EventId)).Should().Be(1, "the redelivered copy must be stopped by its dedup marker before the handler");
        (await scenario.AppliedAsync()).Should().HaveCount(2);
        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }

    [Fact]
    public async Task Handle_TransientFailuresWithinBudget_RetriedInProcessThenApplied()
    {
        await using var scenario = await Scenario.CreateAsync(stack);
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        var consumer = await TestHosts.StartConsumerAsync(scenario, o => o.Retry.InProcessAttempts = 3);
        var flaky = TestEvent.Create("customer-7", 1, failTimes: 2);

        await publisher.PublishAsync(scenario.Topic, [flaky]);

        await scenario.WaitForAppliedAsync(1);
        (await scenario.CallsAsync(flaky.EventId)).Should().Be(3, "two failures then one success");
        var parked = await TopicReader.ReadAsync(stack, scenario.RetryTopic, 0, TimeSpan.FromSeconds(1));
        parked.Should().BeEmpty("in-process retries were enough");
        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }
}
