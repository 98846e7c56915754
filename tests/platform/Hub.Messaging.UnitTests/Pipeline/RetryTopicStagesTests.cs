using Hub.Messaging.Kafka.Pipeline;
using Hub.Messaging.Kafka.Telemetry;
using Hub.Messaging.Processing;
using Hub.Messaging.UnitTests.Support;
using static Hub.Messaging.UnitTests.Support.PipelineHarness;

namespace Hub.Messaging.UnitTests.Pipeline;

/// <summary>The retry worker's stages on one parked copy, as RetryWorker runs them (without Kafka and Redis).</summary>
public sealed class RetryTopicStagesTests
{
    [Fact]
    public async Task RetryPipeline_ParkedCopyHandled_MarkedDoneAndKeyGivenBack()
    {
        using var harness = new PipelineHarness();

        var (copy, outcome) = await RunAsync(harness, [], MarkerState.Parked);

        harness.Handler.CallsFor("e1").Should().Be(1);
        copy.Outcome.Should().Be(MessageOutcomes.Handled);
        copy.HoldUntil.Should().BeNull();
        outcome.Markers["e1"].Should().Be(new EventMarker(MarkerState.Done, 2));
        outcome.ParkedDeltas.Should().Equal(new Dictionary<(PartitionRef, string), int> { [(Partition, "customer-K")] = -1 });
    }

    [Fact]
    public async Task RetryPipeline_HandlerFailsAgain_HeldWithoutMarkerAndKeyKept()
    {
        using var harness = new PipelineHarness(o => o.Retry.InProcessAttempts = 0);
        harness.Handler.FailAlways("e1", () => new TimeoutException("ERP timed out"));

        var (copy, outcome) = await RunAsync(harness, [], MarkerState.Parked);

        copy.Outcome.Should().Be(MessageOutcomes.Held);
        copy.HoldUntil.Should().BeAfter(Now);
        outcome.IsEmpty.Should().BeTrue("a held copy writes nothing until it finishes");
        harness.Producer.Produced.Should().BeEmpty();
    }

    [Fact]
    public async Task RetryPipeline_FilterSkipsParkedCopy_HandlerNotCalledMarkedDoneAndKeyGivenBack()
    {
        using var harness = new PipelineHarness();

        var (copy, outcome) = await RunAsync(harness, [new KeyFilterStage("customer-K")], MarkerState.Parked);

        harness.Handler.Calls.Should().BeEmpty();
        copy.Outcome.Should().Be(KeyFilterStage.Outcome);
        outcome.Markers["e1"].Should().Be(new EventMarker(MarkerState.Done, 2));
        outcome.ParkedDeltas.Should().Equal(new Dictionary<(PartitionRef, string), int> { [(Partition, "customer-K")] = -1 });
    }

    [Fact]
    public async Task RetryPipeline_CopyAlreadyDone_SkippedBeforeUserStages()
    {
        using var harness = new PipelineHarness();
        var audit = new AuditStage();

        var (copy, outcome) = await RunAsync(harness, [audit], MarkerState.Done);

        audit.Seen.Should().BeEmpty();
        harness.Handler.Calls.Should().BeEmpty();
        copy.Outcome.Should().Be(MessageOutcomes.Duplicate);
        outcome.IsEmpty.Should().BeTrue();
    }

    private static async Task<(MessageContext<TestEvent> Copy, BatchOutcome Outcome)> RunAsync(PipelineHarness harness, IReadOnlyList<IMessageStage<TestEvent>> userStages, MarkerState marker)
    {
        var pipeline = ConsumerPipeline.Build(ConsumerPipeline.RetryTopicStages(harness.Parts, userStages));
        var decoded = Event(10, "customer-K", "e1");
        var lookup = Lookup(epoch: 2, markers: new Dictionary<string, MarkerState> { ["e1"] = marker });
        var run = new MessageRun<TestEvent>(lookup, harness.Handler, NoServices.Instance, MessagingTags.For(Topic, PartitionNumber, Group), null);
        var outcome = new BatchOutcome();
        var copy = new MessageContext<TestEvent>(decoded, "e1", run, outcome, [], null)
        {
            HandlerContext = new EventContext { Topic = Topic, Partition = PartitionNumber, Offset = 10, Key = "customer-K", ConsumerGroup = Group, Headers = decoded.Message.Headers, Attempt = 1 },
        };
        await pipeline(copy, CancellationToken.None);
        return (copy, outcome);
    }
}
