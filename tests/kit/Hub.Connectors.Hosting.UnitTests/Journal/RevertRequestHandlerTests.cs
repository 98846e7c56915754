using System.Diagnostics.Metrics;
using FluentAssertions;
using Hub.DevStack;
using Hub.Identity;
using Hub.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace Hub.Connectors.Hosting.UnitTests;

/// <summary>The kit's revert handler over a fake target, with the resolution queue on a private redis-server.</summary>
public sealed class RevertRequestHandlerTests : IAsyncLifetime
{
    private readonly FakeRevertTarget target = new();
    private readonly RecordingPublishers published = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));
    private RedisServerProcess? server;
    private ConnectionMultiplexer? redis;
    private ServiceProvider? metrics;
    private ConflictStore? conflicts;
    private RevertRequestHandler? handler;

    public async ValueTask InitializeAsync()
    {
        server = await RedisServerProcess.StartNewAsync(cancellationToken: TestContext.Current.CancellationToken);
        redis = await ConnectionMultiplexer.ConnectAsync(server.Endpoint);
        metrics = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var connector = Options.Create(new ConnectorOptions { Name = "erp-connector", SourceSystem = "erp" });
        var envelopes = new EnvelopeFactory(connector);
        conflicts = new ConflictStore(redis, Options.Create(new IdentityOptions { KeyPrefix = $"t{Guid.NewGuid():N}" }), time);
        handler = new RevertRequestHandler(
            target, envelopes, new WriteJournal(published, envelopes, time), new ResolutionQueue(conflicts, published),
            new ConnectorTelemetry(metrics.GetRequiredService<IMeterFactory>(), connector), time, NullLogger<RevertRequestHandler>.Instance);
    }

    public async ValueTask DisposeAsync()
    {
        await (metrics?.DisposeAsync() ?? ValueTask.CompletedTask);
        await (redis?.DisposeAsync() ?? ValueTask.CompletedTask);
        await (server?.DisposeAsync() ?? ValueTask.CompletedTask);
    }

    [Fact]
    public async Task HandleAsync_FieldsStillHoldWhatThePlatformWrote_PutsThemBackAndJournalsTheRevert()
    {
        target.Record = Record(("phone", "+449"), ("city", "York"));

        await Handle(Request("rev-1", new RevertField("phone", "+441", "+449"), new RevertField("city", null, "York")));

        var write = target.Writes.Should().ContainSingle().Subject;
        write.Values.Should().Equal(new Dictionary<string, string?> { ["phone"] = "+441", ["city"] = null });
        (write.RecordId, write.IdempotencyKey).Should().Be(("7", "erp-connector.reverts:rev-1:erp:7"));
        var entry = published.Events.Should().ContainSingle(e => e.Topic == WriteJournal.Topic).Which.Event.Should().BeOfType<WriteJournalEntry>().Subject;
        entry.RevertId.Should().Be("rev-1");
        entry.Fields.Should().BeEquivalentTo([new JournaledField("city", "York", null) { PreviousKnown = true }, new JournaledField("phone", "+449", "+441") { PreviousKnown = true }]);
        (await conflicts!.ListPendingAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task HandleAsync_AlreadyRestored_WritesAndJournalsNothing()
    {
        target.Record = Record(("phone", "+441"));

        await Handle(Request("rev-1", new RevertField("phone", "+441", "+449")));

        target.Writes.Should().BeEmpty();
        published.Events.Should().BeEmpty();
    }

    [Fact]
    public async Task HandleAsync_APersonChangedAField_SubmitsItToTheResolutionQueueAndPutsBackTheOthers()
    {
        target.Record = Record(("phone", "+449"), ("name", "Ada (edited)"));

        await Handle(Request("rev-1", new RevertField("phone", "+441", "+449"), new RevertField("name", "Ada", "Ada X")));

        target.Writes.Should().ContainSingle().Which.Values.Should().Equal(new Dictionary<string, string?> { ["phone"] = "+441" });
        target.Record!["name"].Should().Be("Ada (edited)", "a person's change is never overwritten");
        var conflict = (await conflicts!.ListPendingAsync()).Should().ContainSingle().Subject;
        conflict.Should().BeEquivalentTo(new
        {
            ConflictId = RevertConflicts.IdFor(Request("rev-1", new RevertField("name", "Ada", "Ada X")), "name"),
            EntityType = "customer", CanonicalId = "cust-1", Field = "name", CurrentValue = "Ada (edited)", ProposedValue = "Ada",
            ProposingSystem = ConflictFactory.RevertProposer, OwnerSystem = "erp", CorrelationId = "rev-1", Status = ConflictStatus.Pending,
        });
        conflict.Reason.Should().Contain("'Ada X'", "the record says what the platform wrote").And.Contain("INC-1");
        published.Conflicts.Should().ContainSingle().Which.ConflictId.Should().Be(conflict.ConflictId);
    }

    [Fact]
    public async Task HandleAsync_SecondRunOfTheSameRevert_AddsNoSecondConflict()
    {
        target.Record = Record(("name", "Ada (edited)"));

        await Handle(Request("rev-1", new RevertField("name", "Ada", "Ada X")));
        await Handle(Request("rev-2", new RevertField("name", "Ada", "Ada X")));

        (await conflicts!.ListPendingAsync()).Should().ContainSingle("each `hub revert` run has a new revert id, the conflict's id does not depend on it");
        published.Conflicts.Select(c => c.ConflictId).Distinct().Should().ContainSingle();
        target.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task HandleAsync_RecordGone_WritesNothing()
    {
        target.Record = null;

        await Handle(Request("rev-1", new RevertField("phone", "+441", "+449")));

        target.Reads.Should().Be(1);
        target.Writes.Should().BeEmpty();
        published.Events.Should().BeEmpty();
    }

    [Fact]
    public async Task HandleAsync_RequestForAnotherSystem_IsNotEvenRead()
    {
        target.Record = Record(("phone", "+449"));

        await Handle(Request("rev-1", new RevertField("phone", "+441", "+449")) with { System = "crm" });

        target.Reads.Should().Be(0);
        target.Writes.Should().BeEmpty();
    }

    private Task Handle(RevertRequest request)
    {
        IIntegrationEvent @event = request;
        var context = new EventContext
        {
            Topic = "hub.reverts", Partition = 0, Offset = 1, Key = request.CanonicalId, ConsumerGroup = "erp-connector.reverts",
            Headers = new Dictionary<string, string> { [EventHeaders.EventId] = @event.EventId },
        };
        return handler!.HandleAsync(request, context, TestContext.Current.CancellationToken);
    }

    private static RevertRequest Request(string revertId, params RevertField[] fields) => new()
    {
        RevertId = revertId,
        System = "erp",
        EntityType = "customer",
        CanonicalId = "cust-1",
        RecordId = "7",
        Fields = fields,
        EntryIds = ["entry-1", "entry-2"],
        RequestedBy = "ops",
        Reason = "INC-1",
        RequestedAt = new DateTimeOffset(2026, 12, 7, 11, 0, 0, TimeSpan.Zero),
    };

    private static Dictionary<string, string?> Record(params (string Field, string? Value)[] values) =>
        values.ToDictionary(v => v.Field, v => v.Value, StringComparer.Ordinal);
}
