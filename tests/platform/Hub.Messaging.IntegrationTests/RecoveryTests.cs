using Hub.Messaging.Kafka.Health;
using Hub.Messaging.Processing;
using Hub.Messaging.Redis;
using Hub.Messaging.TestApp;
using Hub.Testing;
using Hub.Testing.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Hub.Messaging.IntegrationTests;

public sealed class RecoveryTests(StackFixture stack)
{
    [Fact]
    public async Task ConsumerProcess_KilledMidBatchAndRestarted_NothingLostNoEffectTwice()
    {
        const int total = 600;
        const int batchSize = 50;
        await using var scenario = await Scenario.CreateAsync(stack);
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        await publisher.PublishAsync(scenario.Topic, Enumerable.Range(0, total).Select(i => TestEvent.Create($"key-{i % 20}", i / 20)));

        await using (var doomed = TestAppProcess.Start(scenario, handlerDelayMs: 3, maxBatchSize: batchSize))
        {
            await Eventually.UntilAsync(async () => (await scenario.AppliedAsync()).Count >= total / 4, "a quarter of the events applied before the crash", TimeSpan.FromSeconds(90));
            await doomed.KillHardAsync();
        }

        var appliedAtCrash = (await scenario.AppliedAsync()).Count;
        appliedAtCrash.Should().BeLessThan(total, "the crash must happen mid-stream for the test to mean anything");
        await using var survivor = TestAppProcess.Start(scenario, maxBatchSize: batchSize);
        try
        {
            await scenario.WaitForAppliedAsync(total, TimeSpan.FromSeconds(120));
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message} Applied {(await scenario.AppliedAsync()).Count}, {appliedAtCrash} at the crash. Survivor output:\n{survivor.Output}", ex);
        }

        var applied = await scenario.AppliedAsync();
        applied.Should().HaveCount(total).And.OnlyHaveUniqueItems("no event is lost and none is applied twice");
        (await scenario.RejectedDuplicatesAsync()).Should().BeLessThanOrEqualTo(batchSize, "only the batch in flight at the crash may reach the handler again; checkpointed events are deduplicated before it");
        foreach (var key in applied.Select(a => a.Split(':')).GroupBy(p => p[0]))
        {
            key.Select(p => int.Parse(p[1])).Should().BeInAscendingOrder();
        }

        await publisher.StopQuietlyAsync();
    }

    [Fact]
    public async Task Brokers_DownForTenSeconds_NoEventLost()
    {
        stack.RequireEmbedded();
        await using var scenario = await Scenario.CreateAsync(stack);
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        var consumer = await TestHosts.StartConsumerAsync(scenario);
        await publisher.PublishAsync(scenario.Topic, Enumerable.Range(0, 50).Select(i => TestEvent.Create($"key-{i % 5}", i)));
        await scenario.WaitForAppliedAsync(50);

        stack.AllBrokersDown();
        var duringOutage = publisher.PublishAsync(scenario.Topic, Enumerable.Range(50, 50).Select(i => TestEvent.Create($"key-{i % 5}", i)));
        await Task.Delay(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        duringOutage.IsCompleted.Should().BeFalse("no broker could acknowledge while all were down");
        stack.AllBrokersUp();

        await Eventually.WithinAsync(duringOutage.ContinueWith(_ => true, TaskScheduler.Default), "publishes queued during the outage", TimeSpan.FromSeconds(60));
        await duringOutage;
        await scenario.WaitForAppliedAsync(100, TimeSpan.FromSeconds(90));
        (await scenario.AppliedAsync()).Should().HaveCount(100).And.OnlyHaveUniqueItems();
        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }

    [Fact]
    public async Task Redis_Down_ConsumerPausesAcknowledgesNothingAndRecovers()
    {
        await using var scenario = await Scenario.CreateAsync(stack, partitions: 2);
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        var consumer = await TestHosts.StartConsumerAsync(scenario);
        var health = consumer.Services.GetRequiredService<HealthCheckService>();
        await publisher.PublishAsync(scenario.Topic, Enumerable.Range(0, 20).Select(i => TestEvent.Create($"key-{i % 4}", i)));
        await scenario.WaitForAppliedAsync(20);
        await Eventually.UntilAsync(() => CommittedOffsets.Sum(stack, scenario.Group, scenario.Topic, 2) == 20, "offsets of the first 20 events committed");

        await stack.StopRedisAsync();
        try
        {
            await publisher.PublishAsync(scenario.Topic, Enumerable.Range(20, 20).Select(i => TestEvent.Create($"key-{i % 4}", i)));
            await Eventually.UntilAsync(async () => (await health.CheckHealthAsync(c => c.Tags.Contains("ready"))).Status == HealthStatus.Unhealthy, "readiness to report the Redis outage");
            var live = await health.CheckHealthAsync(c => c.Tags.Contains("live"));
            live.Status.Should().Be(HealthStatus.Healthy, $"a Redis outage is a reason to pause, not to restart the process ({string.Join("; ", live.Entries.Select(e => e.Value.Description))})");
            CommittedOffsets.Sum(stack, scenario.Group, scenario.Topic, 2).Should().Be(20, "nothing may be acknowledged that Redis has not checkpointed");
        }
        finally
        {
            // Every later test needs Redis: bring it back whatever happened above.
            await stack.StartRedisAsync();
        }

        await scenario.WaitForAppliedAsync(40, TimeSpan.FromSeconds(60));
        (await scenario.AppliedAsync()).Should().HaveCount(40).And.OnlyHaveUniqueItems();
        await Eventually.UntilAsync(() => CommittedOffsets.Sum(stack, scenario.Group, scenario.Topic, 2) == 40, "offsets committed after recovery");
        await Eventually.UntilAsync(async () => (await health.CheckHealthAsync(c => c.Tags.Contains("ready"))).Status == HealthStatus.Healthy, "readiness after recovery");
        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }

    [Fact]
    public async Task Assign_NoCommittedOffsetButRedisCheckpoint_ResumesAfterCheckpoint()
    {
        await using var scenario = await Scenario.CreateAsync(stack, partitions: 1);
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        var events = Enumerable.Range(0, 20).Select(i => TestEvent.Create("key-1", i)).ToList();
        foreach (var e in events)
        {
            await publisher.PublishAsync(scenario.Topic, [e]);
        }

        var options = Options.Create(new RedisOptions { Configuration = stack.RedisConfiguration, KeyPrefix = scenario.Namespace });
        await using (var connections = new RedisConnectionProvider(options))
        {
            var outcome = new BatchOutcome();
            outcome.Advance(new PartitionRef(scenario.Topic, 0), new Checkpoint(9, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow));
            await new RedisProcessingStore(connections, options).CommitAsync(scenario.Group, outcome, TestContext.Current.CancellationToken);
        }

        var consumer = await TestHosts.StartConsumerAsync(scenario);
        await scenario.WaitForAppliedAsync(10);

        (await scenario.AppliedAsync()).Select(a => int.Parse(a.Split(':')[1])).Should().Equal(Enumerable.Range(10, 10), "offsets 0..9 were checkpointed in Redis, so the group resumes at 10");
        (await scenario.CallsAsync(events[0].EventId)).Should().Be(0);
        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }

    [Fact]
    public async Task ConsumerProcess_SeparateFromPublisher_RoundTripAppliesEveryEventOnce()
    {
        await using var scenario = await Scenario.CreateAsync(stack);
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        await using var app = TestAppProcess.Start(scenario);

        await publisher.PublishAsync(scenario.Topic, Enumerable.Range(0, 100).Select(i => TestEvent.Create($"key-{i % 10}", i)));

        await scenario.WaitForAppliedAsync(100);
        (await scenario.AppliedAsync()).Should().HaveCount(100).And.OnlyHaveUniqueItems();
        app.HasExited.Should().BeFalse(app.Output);
        await publisher.StopQuietlyAsync();
    }
}
