using Confluent.Kafka;
using Hub.Testing;

namespace Hub.DevStack.IntegrationTests;

[Collection(FaultInjectionCollection.Name)]
public sealed class BrokerFaultTests(StackFixture stack) : IDisposable
{
    public void Dispose() => stack.Cluster?.ClearFaults();

    [Fact]
    public async Task AllBrokersDown_Produce_StallsUntilBrokersUp()
    {
        stack.RequireEmbedded();
        var topic = stack.UniqueName("devstack.outage");
        await stack.CreateTopicAsync(topic, 1);
        var config = stack.ProducerConfig();
        config.MessageTimeoutMs = 120_000;
        config.ReconnectBackoffMaxMs = 200;
        using var producer = new ProducerBuilder<string, string>(config).Build();
        await producer.ProduceAsync(topic, new Message<string, string> { Key = "k", Value = "before" }, TestContext.Current.CancellationToken);

        stack.AllBrokersDown();
        var pending = producer.ProduceAsync(topic, new Message<string, string> { Key = "k", Value = "during" }, TestContext.Current.CancellationToken);
        var first = await Task.WhenAny(pending, Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken));

        first.Should().NotBeSameAs(pending, "no broker is up to take the message");
        stack.AllBrokersUp();
        var delivered = await Eventually.WithinAsync(pending, "the stalled produce to complete after the brokers came back", cancellationToken: TestContext.Current.CancellationToken);
        delivered.Status.Should().Be(PersistenceStatus.Persisted);
        delivered.Offset.Value.Should().Be(1);
    }

    [Fact]
    public async Task PushRequestErrors_FatalProduceError_FailsDelivery()
    {
        stack.RequireEmbedded();
        var topic = stack.UniqueName("devstack.errors");
        await stack.CreateTopicAsync(topic, 1);
        var config = stack.ProducerConfig();
        config.EnableIdempotence = false;
        config.MessageSendMaxRetries = 0;
        using var producer = new ProducerBuilder<string, string>(config).Build();
        await producer.ProduceAsync(topic, new Message<string, string> { Key = "k", Value = "warm-up" }, TestContext.Current.CancellationToken);

        stack.Cluster!.PushRequestErrors(KafkaApiKey.Produce, ErrorCode.MsgSizeTooLarge);
        var act = () => producer.ProduceAsync(topic, new Message<string, string> { Key = "k", Value = "rejected" }, TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<ProduceException<string, string>>()).Which.Error.Code.Should().Be(ErrorCode.MsgSizeTooLarge);
    }

    [Fact]
    public async Task SetRtt_OneSecond_SlowsRequestsToThatBroker()
    {
        stack.RequireEmbedded();
        var topic = stack.UniqueName("devstack.rtt");
        await stack.CreateTopicAsync(topic, 1);
        stack.Cluster!.SetPartitionLeader(topic, 0, 1);
        using var producer = new ProducerBuilder<string, string>(stack.ProducerConfig()).Build();
        await producer.ProduceAsync(topic, new Message<string, string> { Key = "k", Value = "warm-up" }, TestContext.Current.CancellationToken);

        stack.SetRtt(1, TimeSpan.FromSeconds(1));
        var started = TimeProvider.System.GetTimestamp();
        await producer.ProduceAsync(topic, new Message<string, string> { Key = "k", Value = "slow" }, TestContext.Current.CancellationToken);

        TimeProvider.System.GetElapsedTime(started).Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900));
    }
}
