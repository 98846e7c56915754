namespace Hub.Messaging.UnitTests.Abstractions;

public sealed class EventContextTests
{
    [Fact]
    public void IdempotencyKey_EventIdHeader_GroupAndEventId()
    {
        var context = Context(offset: 42, headers: new Dictionary<string, string> { [EventHeaders.EventId] = "evt-1" });

        context.IdempotencyKey.Should().Be("billing:evt-1");
    }

    [Fact]
    public void IdempotencyKey_NoEventIdHeader_GroupAndPosition()
    {
        var context = Context(offset: 42, headers: new Dictionary<string, string>());

        context.IdempotencyKey.Should().Be("billing:orders-3-42");
    }

    [Fact]
    public void IdempotencyKey_RedeliveryOfSameEvent_SameKey()
    {
        var headers = new Dictionary<string, string> { [EventHeaders.EventId] = "evt-1" };
        var first = Context(offset: 42, headers: headers);
        var retried = first with { Topic = "billing.retry", Partition = 0, Offset = 7, Attempt = 5 };

        retried.IdempotencyKey.Should().Be(first.IdempotencyKey);
    }

    [Fact]
    public void IdempotencyKey_OtherConsumerGroup_DifferentKey()
    {
        var headers = new Dictionary<string, string> { [EventHeaders.EventId] = "evt-1" };

        Context(42, headers).IdempotencyKey.Should().NotBe((Context(42, headers) with { ConsumerGroup = "crm" }).IdempotencyKey);
    }

    [Fact]
    public void Attempt_NotSet_One()
    {
        Context(1, new Dictionary<string, string>()).Attempt.Should().Be(1);
    }

    private static EventContext Context(long offset, IReadOnlyDictionary<string, string> headers) => new()
    {
        Topic = "orders",
        Partition = 3,
        Offset = offset,
        Key = "customer-1",
        ConsumerGroup = "billing",
        Headers = headers,
    };
}
