using System.Diagnostics;
using Confluent.Kafka;
using Hub.DevStack;
using Hub.Reliability.IntegrationTests.Support;
using Hub.Testing;
using Hub.Testing.Messaging;
using Hub.Testing.Reliability;

namespace Hub.Reliability.IntegrationTests;

public sealed class BrokerFaultTests(StackFixture stack, ReliabilityReport report)
{
    [Fact]
    public async Task AllBrokers_DownThenUp_NothingLostNothingAppliedTwice()
    {
        stack.RequireEmbedded();
        await using var scenario = await Scenario.CreateAsync(stack);
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        var consumer = await TestHosts.StartConsumerAsync(scenario);
        var before = Events.Spread(200, keys: 10);
        var during = Events.Spread(200, keys: 10, firstSequence: 200);
        await publisher.PublishAsync(scenario.Topic, before);
        await scenario.WaitForAppliedAsync(before.Count);

        Stopwatch recovery;
        stack.AllBrokersDown();
        try
        {
            var queued = publisher.PublishAsync(scenario.Topic, during);
            await Task.Delay(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
            queued.IsCompleted.Should().BeFalse("no broker can acknowledge while all are down");
            stack.AllBrokersUp();
            recovery = Stopwatch.StartNew();
            await Eventually.WithinAsync(queued.ContinueWith(_ => true, TaskScheduler.Default), "publishes queued during the outage", TimeSpan.FromSeconds(60));
            await queued;
        }
        finally
        {
            stack.Cluster!.ClearFaults();
        }

        await scenario.WaitForAppliedAsync(before.Count + during.Count, TimeSpan.FromSeconds(90));
        var result = report.Add(await ReliabilityTally.CountAsync(scenario, "all brokers down 5 s, then up", before.Count + during.Count, [.. before.Ids(), .. during.Ids()], 0, recovery.Elapsed, "recovery = brokers up to last event applied"));

        result.Passed.Should().BeTrue(result.Describe());
        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }

    [Fact]
    public async Task RequestErrorsAndLatency_Injected_NothingLostNothingAppliedTwice()
    {
        stack.RequireEmbedded();
        var cluster = stack.Cluster!;
        await using var scenario = await Scenario.CreateAsync(stack);
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        var consumer = await TestHosts.StartConsumerAsync(scenario);
        var events = Events.Spread(400, keys: 20);

        Stopwatch recovery;
        var appliedUnderFaults = 0L;
        try
        {
            foreach (var broker in cluster.BrokerIds)
            {
                cluster.SetBrokerRtt(broker, TimeSpan.FromMilliseconds(100));
            }

            cluster.PushRequestErrors(KafkaApiKey.Produce, ErrorCode.NotLeaderForPartition, ErrorCode.RequestTimedOut, ErrorCode.NotEnoughReplicas, ErrorCode.LeaderNotAvailable);
            cluster.PushRequestErrors(KafkaApiKey.Fetch, ErrorCode.NotLeaderForPartition, ErrorCode.RequestTimedOut, ErrorCode.LeaderNotAvailable);
            cluster.PushRequestErrors(KafkaApiKey.OffsetCommit, ErrorCode.RequestTimedOut, ErrorCode.RequestTimedOut);
            await publisher.PublishAsync(scenario.Topic, events.Take(200));
            // A fixed window rather than a progress target: how fast events flow under faults is not what is asserted.
            await Task.Delay(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
            appliedUnderFaults = await scenario.AppliedCountAsync();
        }
        finally
        {
            cluster.ClearFaults();
            recovery = Stopwatch.StartNew();
        }

        await publisher.PublishAsync(scenario.Topic, events.Skip(200));
        try
        {
            await scenario.WaitForAppliedAsync(events.Count, TimeSpan.FromSeconds(90));
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message} Applied {await scenario.AppliedCountAsync()}, {appliedUnderFaults} of them during the faults; committed offsets {Hub.Testing.Messaging.CommittedOffsets.Sum(stack, scenario.Group, scenario.Topic, 3)}.", ex);
        }

        var result = report.Add(await ReliabilityTally.CountAsync(scenario, "request errors (produce, fetch, commit) + 100 ms RTT", events.Count, events.Ids(), 0, recovery.Elapsed, $"{appliedUnderFaults} applied during the 5 s fault window; recovery = faults cleared to last event applied"));

        result.Passed.Should().BeTrue(result.Describe());
        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }
}
