using Hub.Messaging.Serialization;
using Hub.Testing;

namespace Hub.Identity.IntegrationTests;

public class ResolutionQueueTests(StackFixture stack)
{
    [Fact]
    public async Task Submit_QueuedDecision_IsRecordedPendingAndPublished()
    {
        await using var hub = await IdentityHarness.StartAsync(stack);
        var publisher = new RecordingPublisher();
        var queue = new ResolutionQueue(hub.Conflicts, publisher);
        var evaluation = await hub.Guard.EvaluateAsync("customer", "c-1", "crm",
            new Dictionary<string, object?> { ["billingAddress"] = "2 New Road, Leeds, LS1 4AP" }, hub.Time.GetUtcNow());
        var conflict = ConflictFactory.FromDecision(evaluation, evaluation.ToQueue.Single(), "1 Old Road, Leeds, LS1 1AA",
            hub.Time.GetUtcNow(), "corr-9", hub.Time, ownerSystem: "erp");

        await queue.SubmitAsync(conflict, TestContext.Current.CancellationToken);

        publisher.Published.Should().ContainSingle().Which.Should().Be(conflict);
        var pending = await hub.Conflicts.ListPendingAsync();
        pending.Should().ContainSingle().Which.Should().BeEquivalentTo(conflict);
        pending[0].ProposedValue.Should().Be("2 New Road, Leeds, LS1 4AP");
        pending[0].Status.Should().Be(ConflictStatus.Pending);
    }

    [Fact]
    public async Task Accept_PendingConflict_RecordsDecisionOnce()
    {
        await using var hub = await IdentityHarness.StartAsync(stack);
        var conflict = NewConflict(hub);
        await hub.Conflicts.RecordAsync(conflict);
        hub.Time.Advance(TimeSpan.FromHours(2));

        var accepted = await hub.Conflicts.AcceptAsync(conflict.ConflictId, "ops@example.com", "checked with the customer");
        var again = await hub.Conflicts.RejectAsync(conflict.ConflictId, "someone-else");

        accepted!.Status.Should().Be(ConflictStatus.Accepted);
        accepted.DecidedAt.Should().Be(hub.Time.GetUtcNow());
        again.Should().BeNull("a conflict is decided once");
        (await hub.Conflicts.GetAsync(conflict.ConflictId))!.Status.Should().Be(ConflictStatus.Accepted);
        (await hub.Conflicts.ListPendingAsync()).Should().BeEmpty();
        (await hub.Conflicts.ListDecidedAsync()).Should().ContainSingle().Which.DecidedBy.Should().Be("ops@example.com");
    }

    [Fact]
    public async Task Reject_UnknownConflict_ReturnsNull()
    {
        await using var hub = await IdentityHarness.StartAsync(stack);

        (await hub.Conflicts.RejectAsync("missing", "ops")).Should().BeNull();
    }

    [Fact]
    public async Task Serializer_ConflictRecord_RoundTripsAsJsonWithEventIdentity()
    {
        await using var hub = await IdentityHarness.StartAsync(stack);
        var conflict = NewConflict(hub);
        var serializer = new ConflictJsonSerializer();
        var context = new SerializationContext(TopicConflictPublisher.Topic);

        var bytes = await serializer.SerializeAsync(conflict, context, TestContext.Current.CancellationToken);
        var back = await serializer.DeserializeAsync(bytes, context, TestContext.Current.CancellationToken);

        back.Should().Be(conflict);
        System.Text.Encoding.UTF8.GetString(bytes).Should().Contain("\"status\":\"pending\"").And.Contain("\"field\":\"email\"");
        ((Hub.Messaging.IIntegrationEvent)back).EventId.Should().Be(conflict.ConflictId);
        ((Hub.Messaging.IIntegrationEvent)back).EntityId.Should().Be("c-1");
        var garbage = () => serializer.DeserializeAsync("{oops"u8.ToArray(), context, TestContext.Current.CancellationToken).AsTask();
        await garbage.Should().ThrowAsync<EventDecodeException>();
    }

    private static ConflictRecord NewConflict(IdentityHarness hub) => new()
    {
        ConflictId = Guid.NewGuid().ToString("D"),
        EntityType = "customer",
        CanonicalId = "c-1",
        Field = "email",
        CurrentValue = "jane@example.com",
        ProposedValue = "jane.doe@example.com",
        ProposingSystem = "erp",
        OwnerSystem = "crm",
        OccurredAt = hub.Time.GetUtcNow(),
        CorrelationId = "corr-1",
        RaisedAt = hub.Time.GetUtcNow(),
    };

    private sealed class RecordingPublisher : IConflictPublisher
    {
        public List<ConflictRecord> Published { get; } = [];

        public Task PublishAsync(ConflictRecord conflict, CancellationToken cancellationToken = default)
        {
            Published.Add(conflict);
            return Task.CompletedTask;
        }
    }
}
