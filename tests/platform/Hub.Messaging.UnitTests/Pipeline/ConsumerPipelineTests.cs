using System.Diagnostics;
using Hub.Messaging.Errors;
using Hub.Messaging.Kafka.Pipeline;
using Hub.Messaging.Kafka.Telemetry;
using Hub.Messaging.Processing;
using Hub.Messaging.UnitTests.Support;
using static Hub.Messaging.UnitTests.Support.PipelineHarness;

namespace Hub.Messaging.UnitTests.Pipeline;

/// <summary>The stages of ConsumerPipeline: their order, and what a user stage (UseStage) can do on the main worker.</summary>
public sealed class ConsumerPipelineTests
{
    [Fact]
    public void MainTopicStages_WithUserStages_BuiltInChecksThenUserStagesInOrderThenHandleAndRoute()
    {
        using var harness = new PipelineHarness();
        var audit = new AuditStage();
        var filter = new KeyFilterStage("k");

        var stages = ConsumerPipeline.MainTopicStages(harness.Parts, [audit, filter]);

        stages.Select(s => s.GetType().Name.Split('`')[0]).Should().Equal(
            "ReplayFilterStage", "DedupStage", "DecodeFailureStage", "ParkBehindKeyStage", nameof(AuditStage), nameof(KeyFilterStage), "HandleStage", "RouteStage");
        stages[4].Should().BeSameAs(audit);
        stages[5].Should().BeSameAs(filter);
    }

    [Fact]
    public void RetryTopicStages_WithUserStage_RetryDedupAndDecodeFailureThenUserStageThenHandleAndRetryRoute()
    {
        using var harness = new PipelineHarness();

        var stages = ConsumerPipeline.RetryTopicStages(harness.Parts, [new AuditStage()]);

        stages.Select(s => s.GetType().Name.Split('`')[0]).Should().Equal(
            "RetryDedupStage", "DecodeFailureStage", nameof(AuditStage), "HandleStage", "RetryRouteStage");
    }

    [Fact]
    public async Task ProcessAsync_UserStage_SeesOnlyWhatPassedTheBuiltInChecksAndRunsBeforeTheHandler()
    {
        var audit = new AuditStage(new ScriptedHandler());
        using var harness = new PipelineHarness(userStages: [audit]);
        var lookup = Lookup(markers: new Dictionary<string, MarkerState> { ["old"] = MarkerState.Done }, parkedKeys: new Dictionary<string, long> { ["parked-key"] = 1 });

        await harness.RunAsync(lookup, Event(10, "a", "old"), Event(11, "a", "e1"), Event(12, "a", "e1"), Undecodable(13, "b"), Event(14, "parked-key", "p1"), Event(15, "c", "e2"));

        audit.Seen.Select(s => s.EventId).Should().Equal("e1", "e2");
        harness.Handler.Calls.Select(c => c.Event.EventId).Should().Equal("e1", "e2");
    }

    [Fact]
    public async Task ProcessAsync_UserStage_CalledBeforeTheHandlerOfItsMessage()
    {
        using var harness = new PipelineHarness();
        var audit = new AuditStage(harness.Handler);
        using var withAudit = new PipelineHarness(userStages: [audit]);

        await withAudit.Processor.ProcessAsync([Event(10, "a", "e1"), Event(11, "a", "e2")], Lookup(), harness.Handler, CancellationToken.None);

        audit.HandlerCallsBefore.Should().Equal(0, 1);
        harness.Handler.Calls.Should().HaveCount(2);
    }

    [Fact]
    public async Task ProcessAsync_FilterStageSkips_HandlerNotCalledEventMarkedDoneAndNotSeenAgain()
    {
        var filter = new KeyFilterStage("internal-customer");
        using var harness = new PipelineHarness(userStages: [filter]);

        var outcome = await harness.RunAsync(Lookup(epoch: 6), Event(10, "internal-customer", "f1"), Event(11, "customer-1", "e1"));

        harness.Handler.Calls.Select(c => c.Event.EventId).Should().Equal("e1");
        harness.Producer.Produced.Should().BeEmpty();
        outcome.Markers.Should().Equal(new Dictionary<string, EventMarker>
        {
            ["f1"] = new(MarkerState.Done, 6),
            ["e1"] = new(MarkerState.Done, 6),
        });
        outcome.Checkpoints[Partition].Offset.Should().Be(11);

        // Redelivered after a crash: the done marker stops it before the filter, like any handled event.
        var markers = outcome.Markers.ToDictionary(m => m.Key, m => m.Value.State);
        await harness.RunAsync(Lookup(epoch: 6, markers: markers), Event(10, "internal-customer", "f1"));
        filter.Calls.Should().Be(2, "only the first delivery of f1 and e1 reached the filter");
    }

    [Fact]
    public async Task ProcessAsync_FilterStageSkips_SpanTaggedWithTheFiltersOutcome()
    {
        var tags = new List<(string? MessageId, string? Outcome)>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == MessagingTelemetry.ActivitySource.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (tags)
                {
                    tags.Add((activity.GetTagItem(MessagingTags.MessageId) as string, activity.GetTagItem(MessageOutcomes.Tag) as string));
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        var filterId = $"f-{Guid.NewGuid():N}";
        using var harness = new PipelineHarness(userStages: [new KeyFilterStage("internal-customer")]);

        await harness.RunAsync(Lookup(), Event(10, "internal-customer", filterId));

        lock (tags)
        {
            tags.Should().Contain((filterId, KeyFilterStage.Outcome));
        }
    }

    [Fact]
    public async Task ProcessAsync_AuditStage_SeesEveryHandledEventWithItsOutcome()
    {
        var audit = new AuditStage();
        using var harness = new PipelineHarness(o => o.Retry.InProcessAttempts = 0, userStages: [audit]);
        harness.Handler.FailAlways("rejected", () => new PermanentEventException("rejected", "the ERP said no"));
        harness.Handler.FailAlways("timeout", () => new TimeoutException("ERP timed out"));

        await harness.RunAsync(Lookup(), Event(10, "a", "ok"), Event(11, "b", "rejected"), Event(12, "c", "timeout"), Event(13, "a", "ok"));

        audit.Seen.Should().Equal(
            ("ok", MessageOutcomes.Handled, true),
            ("rejected", MessageOutcomes.DeadLettered, false),
            ("timeout", MessageOutcomes.Parked, false));
    }

    [Fact]
    public async Task ProcessAsync_AuditAndFilter_AuditAddedFirstSeesTheFiltersOutcome()
    {
        var audit = new AuditStage();
        using var harness = new PipelineHarness(userStages: [audit, new KeyFilterStage("internal-customer")]);

        await harness.RunAsync(Lookup(), Event(10, "internal-customer", "f1"), Event(11, "customer-1", "e1"));

        audit.Seen.Should().Equal(("f1", KeyFilterStage.Outcome, null), ("e1", MessageOutcomes.Handled, true));
    }
}
