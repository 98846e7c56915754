using System.Diagnostics;
using Hub.Messaging.Serialization;
using Hub.Messaging.TestApp;
using Hub.Reliability.IntegrationTests.Support;
using Hub.Testing;
using Hub.Testing.Messaging;
using Hub.Testing.Reliability;
using Hub.Messaging.Processing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Reliability.IntegrationTests;

/// <summary>
/// Issue 17, part 4: how fast the retry topic's backlog drains once the external system is back. Production retry
/// delays (5 s base, doubling), the circuit breaker on; every event is parked during the outage, and the drain is
/// timed from "target healthy" to "last event applied". The figure is reported, not asserted.
/// </summary>
public sealed class ParkedBacklogDrainTests(StackFixture stack, ReliabilityReport report)
{
    /// <summary>
    /// Before the release the drain grows with the outage (the copies' retry times double while it lasts); after it,
    /// the drain should not. Two lengths show both.
    /// </summary>
    [Theory]
    [InlineData(20)]
    [InlineData(60)]
    public async Task TargetBackAfterOutage_ParkedBacklogDrainedInKeyOrderOnce(int outageSeconds)
    {
        var outageLength = TimeSpan.FromSeconds(outageSeconds);
        await using var scenario = await Scenario.CreateAsync(stack);
        await using var target = await FlakyHttpTarget.StartAsync();
        using var client = new HttpClient { BaseAddress = target.BaseAddress, Timeout = FlakyHttpTarget.SlowAnswer / 4 };
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        var consumer = await TestHosts.StartSubscriberAsync<TestEvent, HttpTargetHandler>(
            scenario,
            services => services.AddSingleton(client).AddSingleton(typeof(IEventDeserializer<>), typeof(JsonEventSerde<>)),
            o =>
            {
                // Production retry-topic delays; the breaker's break shortened from 30 s so a run takes a minute.
                o.Retry.RetryTopicBaseDelay = TimeSpan.FromSeconds(5);
                o.Retry.RetryTopicMaxDelay = TimeSpan.FromMinutes(10);
                o.CircuitBreaker.Enabled = true;
                o.CircuitBreaker.MinimumThroughput = 10;
                o.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(5);
                o.RateLimit.PermitsPerSecond = 2000;
            });
        var events = Events.Spread(600, keys: 200);

        target.Failing = true;
        var outage = Stopwatch.StartNew();
        await publisher.PublishAsync(scenario.Topic, events);
        await Eventually.UntilAsync(() => TopicCounter.Count(stack, scenario.RetryTopic) >= events.Count, "every event parked on the retry topic", TimeSpan.FromSeconds(60));
        var health = consumer.Services.GetRequiredService<HealthCheckService>();
        var statuses = consumer.Services.GetRequiredService<IInstanceStatusStore>();
        HealthReport? ready = null;
        await Eventually.UntilAsync(
            async () => (ready = await health.CheckHealthAsync(c => c.Tags.Contains("ready"))).Status == HealthStatus.Degraded
                && ready.Entries.Values.Any(e => e.Description?.Contains("parked for the external system", StringComparison.Ordinal) == true),
            "readiness to say that events are parked for the external system",
            TimeSpan.FromSeconds(20));
        IReadOnlyList<string> waiting = [];
        await Eventually.UntilAsync(async () => (waiting = (await statuses.ListAsync(scenario.Group)).SelectMany(s => s.Waiting).ToList()).Any(w => w.Contains("parked", StringComparison.Ordinal)), "the heartbeat to name the parked events");
        TestContext.Current.TestOutputHelper?.WriteLine($"readiness during the outage: {ready!.Status}: {string.Join("; ", ready.Entries.Values.Select(e => e.Description).OfType<string>())}");
        TestContext.Current.TestOutputHelper?.WriteLine($"heartbeat Waiting: {string.Join("; ", waiting)}");
        var rest = outageLength - outage.Elapsed;
        await Task.Delay(rest > TimeSpan.Zero ? rest : TimeSpan.Zero, TestContext.Current.CancellationToken);
        target.Failing = false;
        var drain = Stopwatch.StartNew();
        var appliedBefore = target.Applied.Count;
        await Eventually.UntilAsync(() => target.Applied.Count > appliedBefore, "the first event applied after the outage", TimeSpan.FromSeconds(180));
        var firstApplied = drain.Elapsed;

        await Eventually.UntilAsync(() => target.Applied.Distinct().Count() >= events.Count, $"{events.Count} events applied by the target", TimeSpan.FromSeconds(180));
        drain.Stop();
        var rate = events.Count / drain.Elapsed.TotalSeconds;
        var line = $"parked backlog of {events.Count} events ({200} keys) drained in {drain.Elapsed.TotalSeconds:F1} s = {rate:F0} events/s (first applied after {firstApplied.TotalSeconds:F1} s) after a {outage.Elapsed.TotalSeconds - drain.Elapsed.TotalSeconds:F0} s outage ({target.Faults} failed calls)";
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        Console.WriteLine(line);
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        var result = report.Add(ReliabilityTally.Count(
            $"parked backlog after a {outageSeconds} s external outage (600 events, 200 keys)", events.Count, events.Ids(), target.Applied, target.RejectedDuplicates,
            (int)TopicCounter.Count(stack, scenario.DeadLetterTopic), 0, drain.Elapsed, $"{rate:F0} events/s; recovery = target healthy to last event applied"));

        result.Passed.Should().BeTrue(result.Describe());
        await Eventually.UntilAsync(async () => (await health.CheckHealthAsync(c => c.Tags.Contains("ready"))).Status == HealthStatus.Healthy, "readiness healthy once the backlog is drained");
        OutOfOrderKeys(events, target.Applied).Should().BeEmpty("each key's events are applied in sequence order");
        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }

    private static List<string> OutOfOrderKeys(List<TestEvent> events, IReadOnlyList<string> applied)
    {
        var byId = events.ToDictionary(e => e.EventId);
        return applied.Where(byId.ContainsKey).Select(id => byId[id])
            .GroupBy(e => e.EntityId)
            .Where(g => !g.Select(e => e.Sequence).SequenceEqual(g.Select(e => e.Sequence).Order()))
            .Select(g => g.Key)
            .ToList();
    }
}
