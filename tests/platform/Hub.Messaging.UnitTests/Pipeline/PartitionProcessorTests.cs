using System.Globalization;
using Hub.Messaging.Errors;
using Hub.Messaging.Processing;
using Hub.Messaging.UnitTests.Support;
using static Hub.Messaging.UnitTests.Support.PipelineHarness;

namespace Hub.Messaging.UnitTests.Pipeline;

public sealed class PartitionProcessorTests
{
    private const string RetryTopic = Group + ".retry";
    private const string DeadLetterTopic = Group + ".dlq";

    [Fact]
    public async Task ProcessAsync_EventHandled_MarkedDoneWithLookupReplayEpoch()
    {
        using var harness = new PipelineHarness();

        var outcome = await harness.RunAsync(Lookup(epoch: 7), Event(10, "customer-1", "e1"));

        harness.Handler.CallsFor("e1").Should().Be(1);
        outcome.Markers.Should().Equal(new Dictionary<string, EventMarker> { ["e1"] = new(MarkerState.Done, 7) });
        outcome.ParkedDeltas.Should().BeEmpty();
        harness.Producer.Produced.Should().BeEmpty();
    }

    [Fact]
    public async Task ProcessAsync_HandledEvent_ContextDescribesTheMessage()
    {
        using var harness = new PipelineHarness();

        await harness.RunAsync(Lookup(), Event(10, "customer-1", "e1"));

        var context = harness.Handler.Calls.Single().Context;
        context.Topic.Should().Be(Topic);
        context.Partition.Should().Be(PartitionNumber);
        context.Offset.Should().Be(10);
        context.Key.Should().Be("customer-1");
        context.ConsumerGroup.Should().Be(Group);
        context.Attempt.Should().Be(1);
        context.Headers.Should().Contain(EventHeaders.EventId, "e1");
        context.IdempotencyKey.Should().Be($"{Group}:e1");
    }

    [Theory]
    [InlineData(MarkerState.Done)]
    [InlineData(MarkerState.Parked)]
    public async Task ProcessAsync_MarkerPresent_HandlerSkippedAndCheckpointAdvanced(MarkerState marker)
    {
        using var harness = new PipelineHarness();

        var outcome = await harness.RunAsync(Lookup(markers: new Dictionary<string, MarkerState> { ["e1"] = marker }), Event(10, "customer-1", "e1"));

        harness.Handler.Calls.Should().BeEmpty();
        harness.Producer.Produced.Should().BeEmpty();
        outcome.Markers.Should().BeEmpty("the existing marker stays as it is");
        outcome.Checkpoints[Partition].Offset.Should().Be(10);
    }

    [Fact]
    public async Task ProcessAsync_SameEventIdTwiceInBatch_HandledOnce()
    {
        using var harness = new PipelineHarness();

        var outcome = await harness.RunAsync(Lookup(), Event(10, "customer-1", "e1"), Event(11, "customer-1", "e1"));

        harness.Handler.CallsFor("e1").Should().Be(1);
        outcome.Markers.Should().ContainSingle().Which.Value.State.Should().Be(MarkerState.Done);
        outcome.Checkpoints[Partition].Offset.Should().Be(11, "the duplicate still counts as processed");
    }

    [Fact]
    public async Task ProcessAsync_DecodeError_DeadLetteredAndMarkedDoneUnderFallbackId()
    {
        using var harness = new PipelineHarness();
        var undecodable = Undecodable(12, "customer-2", "malformed-json");

        var outcome = await harness.RunAsync(Lookup(epoch: 3), undecodable);

        harness.Handler.Calls.Should().BeEmpty();
        var dead = harness.Producer.To(DeadLetterTopic).Should().ContainSingle().Subject;
        dead.Header(EventHeaders.ErrorKind).Should().Be("permanent:malformed-json");
        dead.Header(EventHeaders.AttemptCount).Should().Be("1");
        dead.Value.Should().Equal([0x00, 0xff, 0x13]);
        outcome.Markers.Should().Equal(new Dictionary<string, EventMarker> { [$"{Topic}:{PartitionNumber}:12"] = new(MarkerState.Done, 3) });
        outcome.Checkpoints[Partition].Should().Be(new Checkpoint(12, KafkaMessages.DefaultTimestamp, Now), "an unreadable event is timed by its Kafka timestamp");
    }

    [Fact]
    public async Task ProcessAsync_UndecodableAlreadyDeadLettered_NotDeadLetteredAgain()
    {
        using var harness = new PipelineHarness();
        var lookup = Lookup(markers: new Dictionary<string, MarkerState> { [$"{Topic}:{PartitionNumber}:12"] = MarkerState.Done });

        await harness.RunAsync(lookup, Undecodable(12, "customer-2", "malformed-json"));

        harness.Producer.To(DeadLetterTopic).Should().BeEmpty("a redelivered undecodable message was dead-lettered the first time");
    }

    [Fact]
    public async Task ProcessAsync_SameUndecodableTwiceInBatch_DeadLetteredOnce()
    {
        using var harness = new PipelineHarness();

        await harness.RunAsync(Lookup(), Undecodable(12, "customer-2", "malformed-json"), Undecodable(12, "customer-2", "malformed-json"));

        harness.Producer.To(DeadLetterTopic).Should().ContainSingle();
    }

    [Fact]
    public async Task ProcessAsync_PermanentHandlerError_DeadLetteredWithoutRetry()
    {
        using var harness = new PipelineHarness(o => o.Retry.InProcessAttempts = 3);
        harness.Handler.FailAlways("e1", () => new PermanentEventException("rejected", "the ERP rejected the order"));

        var outcome = await harness.RunAsync(Lookup(epoch: 2), Event(10, "customer-1", "e1"));

        harness.Handler.CallsFor("e1").Should().Be(1);
        harness.Producer.To(RetryTopic).Should().BeEmpty();
        var dead = harness.Producer.To(DeadLetterTopic).Should().ContainSingle().Subject;
        dead.Header(EventHeaders.ErrorKind).Should().Be("permanent:rejected");
        dead.Header(EventHeaders.AttemptCount).Should().Be("1");
        outcome.Markers["e1"].Should().Be(new EventMarker(MarkerState.Done, 2));
        outcome.ParkedDeltas.Should().BeEmpty();
    }

    [Fact]
    public async Task ProcessAsync_TransientErrorsExhaustInProcessRetries_ParkedOnRetryTopic()
    {
        using var harness = new PipelineHarness(o => o.Retry.InProcessAttempts = 2);
        harness.Handler.FailAlways("e1", () => new TimeoutException("ERP timed out"));

        var outcome = await harness.RunAsync(Lookup(epoch: 4), Event(10, "customer-1", "e1"));

        harness.Handler.CallsFor("e1").Should().Be(3);
        harness.Producer.To(DeadLetterTopic).Should().BeEmpty();
        var parked = harness.Producer.To(RetryTopic).Should().ContainSingle().Subject;
        parked.Header(EventHeaders.ParkedReason).Should().Be("failed");
        parked.Header(EventHeaders.AttemptCount).Should().Be("3");
        parked.Header(EventHeaders.ErrorClass).Should().Be(typeof(TimeoutException).FullName);
        var notBefore = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(parked.Header(EventHeaders.NotBefore)!, CultureInfo.InvariantCulture));
        notBefore.Should().BeAfter(Now).And.BeOnOrBefore(Now + harness.Options.Retry.RetryTopicBaseDelay);
        outcome.Markers["e1"].Should().Be(new EventMarker(MarkerState.Parked, 4));
        outcome.ParkedDeltas.Should().Equal(new Dictionary<(PartitionRef, string), int> { [(Partition, "customer-1")] = 1 });
        outcome.Checkpoints[Partition].Offset.Should().Be(10);
    }

    [Fact]
    public async Task ProcessAsync_KeyAlreadyParkedInStore_ParkedBehindKeyWhileOtherKeysAreHandled()
    {
        using var harness = new PipelineHarness();
        var lookup = Lookup(epoch: 1, parkedKeys: new Dictionary<string, long> { ["customer-K"] = 2 });

        var outcome = await harness.RunAsync(lookup, Event(10, "customer-K", "k2"), Event(11, "customer-L", "l1"));

        harness.Handler.Calls.Select(c => c.Event.EventId).Should().Equal("l1");
        var parked = harness.Producer.To(RetryTopic).Should().ContainSingle().Subject;
        parked.Header(EventHeaders.ParkedReason).Should().Be("key-parked");
        parked.Header(EventHeaders.EventId).Should().Be("k2");
        parked.Header(EventHeaders.AttemptCount).Should().Be("0", "the handler never saw it");
        parked.Header(EventHeaders.NotBefore).Should().Be(Now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        parked.Header(EventHeaders.ErrorClass).Should().BeNull();
        outcome.Markers.Should().Equal(new Dictionary<string, EventMarker>
        {
            ["k2"] = new(MarkerState.Parked, 1),
            ["l1"] = new(MarkerState.Done, 1),
        });
        outcome.ParkedDeltas.Should().Equal(new Dictionary<(PartitionRef, string), int> { [(Partition, "customer-K")] = 1 });
    }

    [Fact]
    public async Task ProcessAsync_KeyParkedEarlierInSameBatch_LaterEventsOfKeyParkedBehindIt()
    {
        using var harness = new PipelineHarness(o => o.Retry.InProcessAttempts = 0);
        harness.Handler.FailAlways("k1", () => new TransientEventException("CRM down"));

        var outcome = await harness.RunAsync(
            Lookup(),
            Event(10, "customer-K", "k1"),
            Event(11, "customer-K", "k2"),
            Event(12, "customer-L", "l1"),
            Event(13, "customer-K", "k3"));

        harness.Handler.Calls.Select(c => c.Event.EventId).Should().Equal("k1", "l1");
        harness.Producer.To(RetryTopic).Select(m => (m.Header(EventHeaders.EventId), m.Header(EventHeaders.ParkedReason)))
            .Should().Equal(("k1", "failed"), ("k2", "key-parked"), ("k3", "key-parked"));
        outcome.Markers.Where(m => m.Value.State == MarkerState.Parked).Select(m => m.Key).Should().BeEquivalentTo("k1", "k2", "k3");
        outcome.Markers["l1"].State.Should().Be(MarkerState.Done);
        outcome.ParkedDeltas.Should().Equal(new Dictionary<(PartitionRef, string), int> { [(Partition, "customer-K")] = 3 });
        outcome.Checkpoints[Partition].Offset.Should().Be(13);
    }

    [Fact]
    public async Task ProcessAsync_RetryTopicDisabled_TransientExhaustionDeadLettered()
    {
        using var harness = new PipelineHarness(o =>
        {
            o.Retry.RetryTopicEnabled = false;
            o.Retry.InProcessAttempts = 1;
        });
        harness.Handler.FailAlways("e1", () => new TransientEventException("CRM down"));

        var outcome = await harness.RunAsync(Lookup(epoch: 5), Event(10, "customer-1", "e1"), Event(11, "customer-1", "e2"));

        harness.Handler.CallsFor("e1").Should().Be(2);
        harness.Handler.CallsFor("e2").Should().Be(1, "with no retry topic a failed key does not hold back its later events");
        harness.Producer.To(RetryTopic).Should().BeEmpty();
        var dead = harness.Producer.To(DeadLetterTopic).Should().ContainSingle().Subject;
        dead.Header(EventHeaders.ErrorKind).Should().Be("transient-exhausted");
        dead.Header(EventHeaders.AttemptCount).Should().Be("2");
        outcome.Markers["e1"].Should().Be(new EventMarker(MarkerState.Done, 5));
        outcome.ParkedDeltas.Should().BeEmpty();
    }

    [Fact]
    public async Task ProcessAsync_RetryTopicDisabled_ParkedKeyInStoreDoesNotHoldEvents()
    {
        using var harness = new PipelineHarness(o => o.Retry.RetryTopicEnabled = false);

        await harness.RunAsync(Lookup(parkedKeys: new Dictionary<string, long> { ["customer-K"] = 1 }), Event(10, "customer-K", "k1"));

        harness.Handler.CallsFor("k1").Should().Be(1);
        harness.Producer.Produced.Should().BeEmpty();
    }

    [Fact]
    public async Task ProcessAsync_Batch_CheckpointIsLastOffsetWithItsEventTime()
    {
        using var harness = new PipelineHarness();
        harness.Time.Advance(TimeSpan.FromSeconds(30));

        var outcome = await harness.RunAsync(Lookup(), Event(20, "a", "e20"), Event(21, "b", "e21"), Event(22, "c", "e22"));

        outcome.Checkpoints.Should().Equal(new Dictionary<PartitionRef, Checkpoint>
        {
            [Partition] = new(22, EventTime(22), Now.AddSeconds(30)),
        });
    }
}
