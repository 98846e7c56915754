using System.Diagnostics;
using Hub.Messaging.Serialization;
using Hub.Messaging.TestApp;
using Hub.Reliability.IntegrationTests.Support;
using Hub.Testing;
using Hub.Testing.Messaging;
using Hub.Testing.Reliability;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Reliability.IntegrationTests;

public sealed class ExternalOutageTests(StackFixture stack, ReliabilityReport report)
{
    [Fact]
    public async Task TargetAnswering429And5xxAndTimingOut_EventsRetriedUntilAppliedOnce()
    {
        await using var scenario = await Scenario.CreateAsync(stack);
        await using var target = await FlakyHttpTarget.StartAsync();
        using var client = new HttpClient { BaseAddress = target.BaseAddress, Timeout = FlakyHttpTarget.SlowAnswer / 4 };
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        var consumer = await TestHosts.StartSubscriberAsync<TestEvent, HttpTargetHandler>(scenario, services => services
            .AddSingleton(client)
            .AddSingleton(typeof(IEventDeserializer<>), typeof(JsonEventSerde<>)));
        var events = Events.Spread(300, keys: 30);

        target.Failing = true;
        await publisher.PublishAsync(scenario.Topic, events);
        await Eventually.UntilAsync(() => target.Faults >= 50, "the handler to meet the outage");
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
        target.Failing = false;
        var recovery = Stopwatch.StartNew();

        await Eventually.UntilAsync(() => target.Applied.Distinct().Count() >= events.Count, $"{events.Count} events applied by the target", TimeSpan.FromSeconds(90));
        var result = report.Add(ReliabilityTally.Count(
            "external system outage: 429 / 503 / 500 / timeouts", events.Count, events.Ids(), target.Applied, target.RejectedDuplicates,
            (int)TopicCounter.Count(stack, scenario.DeadLetterTopic), 0, recovery.Elapsed, $"{target.Faults} failed calls; recovery = target healthy to last event applied"));

        result.Passed.Should().BeTrue(result.Describe());
        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }
}
