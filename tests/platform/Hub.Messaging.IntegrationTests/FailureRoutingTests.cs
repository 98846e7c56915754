using System.Text;
using Confluent.Kafka;
using Hub.Messaging.TestApp;
using Hub.Testing;
using Hub.Testing.Messaging;

namespace Hub.Messaging.IntegrationTests;

public sealed class FailureRoutingTests(StackFixture stack)
{
    [Fact]
    public async Task Handle_PermanentFailure_DeadLetteredWithFailureHeaders()
    {
        await using var scenario = await Scenario.CreateAsync(stack);
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        var consumer = await TestHosts.StartConsumerAsync(scenario);
        var poison = TestEvent.Create("customer-9", 1, poison: true);
        var healthy = TestEvent.Create("customer-9", 2);

        await publisher.PublishAsync(scenario.Topic, [poison]);
        await publisher.PublishAsync(scenario.Topic, [healthy]);

        var dead = (await TopicReader.ReadAsync(stack, scenario.DeadLetterTopic, 1)).Single();
        dead.Header(EventHeaders.EventId).Should().Be(poison.EventId);
        dead.Header(EventHeaders.OriginalTopic).Should().Be(scenario.Topic);
        int.Parse(dead.Header(EventHeaders.OriginalPartition)).Should().BeGreaterThanOrEqualTo(0);
        long.Parse(dead.Header(EventHeaders.OriginalOffset)).Should().Be(0, "the poison event was the first on its partition");
        dead.Header(EventHeaders.ConsumerGroup).Should().Be(scenario.Group);
        dead.Header(EventHeaders.ErrorClass).Should().Be("Hub.Messaging.Errors.PermanentEventException");
        dead.Header(EventHeaders.ErrorMessage).Should().Contain("poison by design");
        dead.Header(EventHeaders.ErrorKind).Should().Be("permanent:poison");
        dead.Header(EventHeaders.ErrorStackHash).Should().MatchRegex("^[0-9a-f]{16}$");
        dead.Header(EventHeaders.AttemptCount).Should().Be("1", "permanent errors are not retried");
        long.Parse(dead.Header(EventHeaders.FirstFailureAt)).Should().BeLessThanOrEqualTo(long.Parse(dead.Header(EventHeaders.LastFailureAt)));
        Encoding.UTF8.GetString(dead.Message.Key!).Should().Be("customer-9");
        await scenario.WaitForAppliedAsync(1);
        (await scenario.AppliedAsync()).Single().Should().Contain(healthy.EventId, "a dead letter does not block its key");
        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }

    [Fact]
    public async Task Consume_MalformedBytes_DeadLetteredAsDecodeErrorAndFlowContinues()
    {
        await using var scenario = await Scenario.CreateAsync(stack, partitions: 1);
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        var consumer = await TestHosts.StartConsumerAsync(scenario);
        using (var raw = new ProducerBuilder<string, byte[]>(stack.ProducerConfig()).Build())
        {
            await raw.ProduceAsync(scenario.Topic, new Message<string, byte[]> { Key = "customer-3", Value = [0x00, 0xff, 0x13] }, TestContext.Current.CancellationToken);
        }

        var after = TestEvent.Create("customer-3", 2);
        await publisher.PublishAsync(scenario.Topic, [after]);

        var dead = (await TopicReader.ReadAsync(stack, scenario.DeadLetterTopic, 1)).Single();
        dead.Header(EventHeaders.ErrorKind).Should().Be("permanent:malformed-json");
        dead.Message.Value.Should().Equal([0x00, 0xff, 0x13], "the dead letter keeps the original bytes for inspection and replay");
        await scenario.WaitForAppliedAsync(1);
        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }

    [Fact]
    public async Task Handle_OutageLongerThanInProcessRetries_ParkedOnRetryTopicThenApplied()
    {
        await using var scenario = await Scenario.CreateAsync(stack);
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        var consumer = await TestHosts.StartConsumerAsync(scenario, o => o.Retry.InProcessAttempts = 1);
        var stubborn = TestEvent.Create("customer-4", 1, failTimes: 4);

        await publisher.PublishAsync(scenario.Topic, [stubborn]);

        await scenario.WaitForAppliedAsync(1);
        (await scenario.CallsAsync(stubborn.EventId)).Should().Be(5);
        var parked = (await TopicReader.ReadAsync(stack, scenario.RetryTopic, 1)).Single();
        parked.Header(EventHeaders.ParkedReason).Should().Be("failed");
        parked.Header(EventHeaders.AttemptCount).Should().Be("2");
        (await TopicReader.ReadAsync(stack, scenario.DeadLetterTopic, 0, TimeSpan.FromSeconds(1))).Should().BeEmpty();
        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }

    [Fact]
    public async Task Handle_KeyParkedForRetry_LaterEventsOfKeyWaitButOtherKeysFlow()
    {
        await using var scenario = await Scenario.CreateAsync(stack, partitions: 1);
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        var consumer = await TestHosts.StartConsumerAsync(scenario, o => o.Retry.InProcessAttempts = 0);
        var first = TestEvent.Create("order-K", 1, failTimes: 3);
        var second = TestEvent.Create("order-K", 2);
        var third = TestEvent.Create("order-K", 3);
        var other = TestEvent.Create("order-L", 1);

        foreach (var e in new[] { first, second, third, other })
        {
            await publisher.PublishAsync(scenario.Topic, [e]);
        }

        await scenario.WaitForAppliedAsync(4);
        var applied = (await scenario.AppliedAsync()).ToList();
        applied.Where(a => a.StartsWith("order-K", StringComparison.Ordinal)).Select(a => a.Split(':')[1])
            .Should().Equal(["1", "2", "3"], "later events of a parked key must not overtake it");
        applied.IndexOf(applied.Single(a => a.StartsWith("order-L", StringComparison.Ordinal)))
            .Should().BeLessThan(applied.FindIndex(a => a.StartsWith("order-K", StringComparison.Ordinal)), "another key is not held up by K's retries");
        (await scenario.CallsAsync(second.EventId)).Should().Be(1, "events parked behind their key are not tried before their turn");
        var parkedReasons = (await TopicReader.ReadAsync(stack, scenario.RetryTopic, 3)).Select(r => r.Header(EventHeaders.ParkedReason));
        parkedReasons.Should().Equal(["failed", "key-parked", "key-parked"]);
        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }

    [Fact]
    public async Task Handle_RetryTopicAttemptsExhausted_DeadLetteredAndKeyReleased()
    {
        await using var scenario = await Scenario.CreateAsync(stack, partitions: 1);
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        var consumer = await TestHosts.StartConsumerAsync(scenario, o =>
        {
            o.Retry.InProcessAttempts = 0;
            o.Retry.RetryTopicAttempts = 2;
        });
        var doomed = TestEvent.Create("order-Z", 1, failTimes: 100);
        var next = TestEvent.Create("order-Z", 2);

        await publisher.PublishAsync(scenario.Topic, [doomed]);
        await publisher.PublishAsync(scenario.Topic, [next]);

        var dead = (await TopicReader.ReadAsync(stack, scenario.DeadLetterTopic, 1)).Single();
        dead.Header(EventHeaders.EventId).Should().Be(doomed.EventId);
        dead.Header(EventHeaders.ErrorKind).Should().Be("transient-exhausted");
        dead.Header(EventHeaders.OriginalTopic).Should().Be(scenario.Topic, "the dead letter names the original topic, not the retry topic");
        await scenario.WaitForAppliedAsync(1);
        (await scenario.AppliedAsync()).Single().Should().Contain(next.EventId);
        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }
}
