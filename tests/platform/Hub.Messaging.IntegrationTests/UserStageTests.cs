using Hub.Messaging.IntegrationTests.Support;
using Hub.Messaging.Kafka.DependencyInjection;
using Hub.Messaging.Kafka.Pipeline;
using Hub.Messaging.Processing;
using Hub.Messaging.TestApp;
using Hub.Testing;
using Hub.Testing.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Messaging.IntegrationTests;

/// <summary>AddSubscription(...).UseStage&lt;T&gt;(): user stages in the real workers, main and retry.</summary>
public sealed class UserStageTests(StackFixture stack)
{
    [Fact]
    public async Task UseStage_FilterThenAudit_FilteredEventMarkedDoneWithoutHandlerAndRetriedEventAuditedOnBothWorkers()
    {
        await using var scenario = await Scenario.CreateAsync(stack, partitions: 1);
        var idle = $"{scenario.Topic}.idle";
        await stack.CreateTopicAsync(idle, 1);
        var audit = new OutcomeAudit();
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        // The test app's own "main" subscription idles on another topic; "staged" reads the scenario's topic.
        var consumer = await TestHosts.StartConsumerAsync(
            scenario,
            o =>
            {
                o.Topics = [idle];
                o.GroupId = $"{scenario.Group}-idle";
            },
            services => services
                .AddSingleton(audit)
                .AddSubscription<TestEvent, RecordingHandler>("staged", o =>
                {
                    o.Topics = [scenario.Topic];
                    o.GroupId = scenario.Group;
                    TestHosts.FastRetries(o);
                    o.Retry.InProcessAttempts = 0;
                })
                .UseStage<SkipInternalCustomers>()
                .UseStage<OutcomeAudit>());
        var skipped = TestEvent.Create("internal-1", 1);
        var handled = TestEvent.Create("customer-1", 1);
        var flaky = TestEvent.Create("customer-2", 1, failTimes: 1);

        foreach (var e in new[] { skipped, handled, flaky })
        {
            await publisher.PublishAsync(scenario.Topic, [e]);
        }

        await scenario.WaitForAppliedAsync(2);
        await Eventually.UntilAsync(() => audit.Entries.Count >= 3, "the audit of the retried copy");
        audit.Entries.Should().Equal(
            [(handled.EventId, MessageOutcomes.Handled), (flaky.EventId, MessageOutcomes.Parked), (flaky.EventId, MessageOutcomes.Handled)],
            "the filter added first finishes its events before the audit; the retry worker runs the same user stages");
        (await scenario.CallsAsync(skipped.EventId)).Should().Be(0);
        var store = consumer.Services.GetRequiredService<IProcessingStore>();
        await Eventually.UntilAsync(
            async () => (await store.LookupAsync(scenario.Group, [skipped.EventId], new PartitionRef(scenario.Topic, 0), [], default)).MarkerOf(skipped.EventId) == MarkerState.Done,
            "the filtered event's done marker, which stops its redelivery");
        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }
}
