using System.Text;
using Confluent.Kafka;
using Hub.Messaging.Processing;
using Hub.Messaging.TestApp;
using Hub.Testing;
using Hub.Testing.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Messaging.IntegrationTests;

/// <summary>The connector side of docs/replay.md: rewind requests and dead letters sent back by an operator.</summary>
public sealed class ReplayTests(StackFixture stack)
{
    [Fact]
    public async Task ReplayRequest_FromOffset_EachEventInRangeHandledExactlyOnceMore()
    {
        await using var scenario = await Scenario.CreateAsync(stack, partitions: 1);
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        var consumer = await TestHosts.StartConsumerAsync(scenario);
        var events = await PublishInOrderAsync(publisher, scenario, Enumerable.Range(0, 20).Select(i => TestEvent.Create($"key-{i % 2}", i)));
        await scenario.WaitForAppliedAsync(20);

        var replays = consumer.Services.GetRequiredService<IReplayStore>();
        await replays.RequestAsync(scenario.Group, Request(scenario, from: 5, until: 20));

        await Eventually.UntilAsync(async () => (await replays.HistoryAsync(scenario.Group)).Count == 1, "the replay to complete");
        foreach (var (e, i) in events.Select((e, i) => (e, i)))
        {
            (await scenario.CallsAsync(e.EventId)).Should().Be(i < 5 ? 1 : 2, $"event {i} is {(i < 5 ? "before" : "inside")} the replayed range");
        }

        (await replays.PendingAsync(scenario.Group)).Should().BeEmpty();
        (await replays.ActiveAsync(scenario.Group)).Should().BeEmpty();
        var done = (await replays.HistoryAsync(scenario.Group)).Single();
        done.Epoch.Should().Be(1);
        done.CompletedAt.Should().NotBeNull();
        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }

    [Fact]
    public async Task ReplayRequest_KeyFilter_OnlySelectedKeyHandledAgain()
    {
        await using var scenario = await Scenario.CreateAsync(stack, partitions: 1);
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        var consumer = await TestHosts.StartConsumerAsync(scenario);
        var events = await PublishInOrderAsync(publisher, scenario, Enumerable.Range(0, 10).Select(i => TestEvent.Create(i % 2 == 0 ? "key-even" : "key-odd", i)));
        await scenario.WaitForAppliedAsync(10);

        var replays = consumer.Services.GetRequiredService<IReplayStore>();
        await replays.RequestAsync(scenario.Group, Request(scenario, from: 0, until: 10) with { Keys = ["key-even"] });

        await Eventually.UntilAsync(async () => (await replays.HistoryAsync(scenario.Group)).Count == 1, "the filtered replay to complete");
        foreach (var e in events)
        {
            (await scenario.CallsAsync(e.EventId)).Should().Be(e.EntityId == "key-even" ? 2 : 1);
        }

        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }

    [Fact]
    public async Task DeadLetterSentBackToRetryTopic_HandledOnceEvenWhenSentTwice()
    {
        await using var scenario = await Scenario.CreateAsync(stack, partitions: 1);
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        var consumer = await TestHosts.StartConsumerAsync(scenario, o =>
        {
            o.Retry.InProcessAttempts = 0;
            o.Retry.RetryTopicAttempts = 2;
        });
        var outage = TestEvent.Create("order-1", 1, failTimes: 3);
        await publisher.PublishAsync(scenario.Topic, [outage]);
        var dead = (await TopicReader.ReadAsync(stack, scenario.DeadLetterTopic, 1)).Single();
        (await scenario.AppliedAsync()).Should().BeEmpty();

        using (var operatorTool = new ProducerBuilder<byte[]?, byte[]?>(stack.ProducerConfig()).Build())
        {
            for (var i = 0; i < 2; i++)
            {
                await operatorTool.ProduceAsync(scenario.RetryTopic, SentBack(dead));
            }
        }

        await scenario.WaitForAppliedAsync(1);
        await Eventually.UntilAsync(() => Hub.Testing.Messaging.CommittedOffsets.Sum(stack, $"{scenario.Group}.retry", scenario.RetryTopic, 1) >= 3, "the retry worker to pass the parked copy and both copies sent back");
        (await scenario.CallsAsync(outage.EventId)).Should().Be(4, "three failed attempts, then the replayed dead letter once");
        (await scenario.AppliedAsync()).Should().ContainSingle();
        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }

    private static async Task<List<TestEvent>> PublishInOrderAsync(Microsoft.Extensions.Hosting.IHost publisher, Scenario scenario, IEnumerable<TestEvent> events)
    {
        var list = events.ToList();
        foreach (var e in list)
        {
            await publisher.PublishAsync(scenario.Topic, [e]);
        }

        return list;
    }

    private static ReplayRequest Request(Scenario scenario, long from, long until) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        Topic = scenario.Topic,
        Partition = 0,
        FromOffset = from,
        UntilOffset = until,
        RequestedBy = "integration-test",
        RequestedAt = DateTimeOffset.UtcNow,
        Reason = "faulty release",
    };

    /// <summary>What the operator CLI sends back: original key, value and headers, without the error headers.</summary>
    private static Message<byte[]?, byte[]?> SentBack(ConsumeResult<byte[]?, byte[]?> dead)
    {
        var headers = new Headers();
        foreach (var header in dead.Message.Headers.Where(h => !h.Key.StartsWith("hub-error", StringComparison.Ordinal) && h.Key is not EventHeaders.AttemptCount and not EventHeaders.NotBefore))
        {
            headers.Add(header.Key, header.GetValueBytes());
        }

        headers.Add(EventHeaders.AttemptCount, Encoding.UTF8.GetBytes("0"));
        headers.Add(EventHeaders.ReplayOf, Encoding.UTF8.GetBytes($"{dead.Topic}:{dead.Partition.Value}:{dead.Offset.Value}"));
        return new Message<byte[]?, byte[]?> { Key = dead.Message.Key, Value = dead.Message.Value, Headers = headers };
    }
}
