using System.Collections.Concurrent;
using Hub.Messaging.Errors;
using Hub.Messaging.Processing;
using Hub.Messaging.UnitTests.Support;
using static Hub.Messaging.UnitTests.Support.PipelineHarness;

namespace Hub.Messaging.UnitTests.Pipeline;

/// <summary>SubscriptionOptions.KeyConcurrency: keys of one partition overlap, each key stays in offset order.</summary>
public sealed class KeyConcurrencyTests
{
    [Fact]
    public async Task ProcessAsync_KeyConcurrencyTwo_SecondKeyRunsWhileFirstIsStillInItsHandler()
    {
        using var harness = new PipelineHarness(o => o.KeyConcurrency = 2);
        var handler = new OverlapHandler();

        var outcome = await harness.Processor.ProcessAsync([Event(10, "customer-A", "a1"), Event(11, "customer-B", "b1")], Lookup(), handler, CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(10));

        handler.MostAtOnce.Should().Be(2, "each waits inside its handler until the other has started");
        outcome.Markers.Keys.Should().BeEquivalentTo("a1", "b1");
        outcome.Checkpoints[Partition].Offset.Should().Be(11);
    }

    [Fact]
    public async Task ProcessAsync_KeyConcurrencyOne_EventsHandledOneAtATimeInOffsetOrder()
    {
        using var harness = new PipelineHarness();
        var handler = new OrderRecordingHandler();

        await harness.Processor.ProcessAsync([Event(10, "customer-A", "a1"), Event(11, "customer-B", "b1"), Event(12, "customer-A", "a2")], Lookup(), handler, CancellationToken.None);

        handler.MostAtOnce.Should().Be(1);
        handler.Started.Should().Equal("a1", "b1", "a2");
    }

    [Fact]
    public async Task ProcessAsync_ManyKeysConcurrently_EachKeyInOffsetOrderAndNeverTwiceAtOnce()
    {
        using var harness = new PipelineHarness(o => o.KeyConcurrency = 8);
        var handler = new OrderRecordingHandler();
        var messages = Enumerable.Range(0, 200).Select(i => Event(100 + i, $"customer-{i % 7}", $"e{i}")).ToList();

        var outcome = await harness.Processor.ProcessAsync(messages, Lookup(), handler, CancellationToken.None);

        handler.MostAtOnce.Should().BeGreaterThan(1);
        handler.SameKeyOverlaps.Should().Be(0);
        foreach (var key in Enumerable.Range(0, 7).Select(k => $"customer-{k}"))
        {
            var expected = messages.Where(m => m.Message.Key == key).Select(m => m.EventId).ToList();
            handler.StartedFor(key).Should().Equal(expected, $"{key}'s events keep their offset order");
        }

        outcome.Markers.Should().HaveCount(200).And.OnlyContain(m => m.Value.State == MarkerState.Done);
        outcome.Checkpoints[Partition].Offset.Should().Be(299);
    }

    [Fact]
    public async Task ProcessAsync_KeyParkedWhileOtherKeysRunConcurrently_LaterEventsOfThatKeyParkedBehindIt()
    {
        using var harness = new PipelineHarness(o =>
        {
            o.KeyConcurrency = 4;
            o.Retry.InProcessAttempts = 0;
        });
        harness.Handler.FailAlways("k1", () => new TransientEventException("CRM down"));

        var outcome = await harness.RunAsync(
            Lookup(),
            Event(10, "customer-K", "k1"),
            Event(11, "customer-K", "k2"),
            Event(12, "customer-L", "l1"),
            Event(13, "customer-K", "k3"),
            Event(14, "customer-M", "m1"));

        harness.Handler.Calls.Select(c => c.Event.EventId).Should().BeEquivalentTo("k1", "l1", "m1");
        harness.Producer.To(Group + ".retry").Select(m => (m.Header(EventHeaders.EventId), m.Header(EventHeaders.ParkedReason)))
            .Should().Equal(("k1", "failed"), ("k2", "key-parked"), ("k3", "key-parked"));
        outcome.ParkedDeltas.Should().Equal(new Dictionary<(PartitionRef, string), int> { [(Partition, "customer-K")] = 3 });
        outcome.Markers["l1"].State.Should().Be(MarkerState.Done);
        outcome.Markers["m1"].State.Should().Be(MarkerState.Done);
        outcome.Checkpoints[Partition].Offset.Should().Be(14);
    }

    [Fact]
    public async Task ProcessAsync_SameEventIdTwiceUnderKeyConcurrency_HandledOnce()
    {
        using var harness = new PipelineHarness(o => o.KeyConcurrency = 4);

        await harness.RunAsync(Lookup(), Event(10, "customer-1", "e1"), Event(11, "customer-2", "x"), Event(12, "customer-1", "e1"));

        harness.Handler.CallsFor("e1").Should().Be(1);
    }

    /// <summary>a1 finishes only after another event has started, so it proves (or times out without) overlap.</summary>
    private sealed class OverlapHandler : IEventHandler<TestEvent>
    {
        private readonly TaskCompletionSource _bothStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _started;
        private int _running;
        private int _most;

        public int MostAtOnce => Volatile.Read(ref _most);

        /// <summary>
        /// Each handler waits until both have started, whichever key the pipeline starts first: with two keys handled
        /// concurrently both are inside at once; handled one at a time, the first never returns (the test's timeout).
        /// </summary>
        public async Task HandleAsync(TestEvent @event, EventContext context, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref _running);
            InterlockedMax(ref _most, now);
            if (Interlocked.Increment(ref _started) == 2)
            {
                _bothStarted.TrySetResult();
            }

            await _bothStarted.Task.WaitAsync(cancellationToken);
            Interlocked.Decrement(ref _running);
        }
    }

    /// <summary>Records start order per key and how many handlers ran at once, overall and per key.</summary>
    private sealed class OrderRecordingHandler : IEventHandler<TestEvent>
    {
        private readonly ConcurrentQueue<(string Key, string EventId)> _started = new();
        private readonly ConcurrentDictionary<string, int> _runningPerKey = new(StringComparer.Ordinal);
        private int _running;
        private int _most;
        private int _sameKeyOverlaps;

        public int MostAtOnce => Volatile.Read(ref _most);

        public int SameKeyOverlaps => Volatile.Read(ref _sameKeyOverlaps);

        public IReadOnlyList<string> Started => _started.Select(s => s.EventId).ToList();

        public IReadOnlyList<string> StartedFor(string key) => _started.Where(s => s.Key == key).Select(s => s.EventId).ToList();

        public async Task HandleAsync(TestEvent @event, EventContext context, CancellationToken cancellationToken)
        {
            _started.Enqueue((context.Key, @event.EventId));
            InterlockedMax(ref _most, Interlocked.Increment(ref _running));
            if (_runningPerKey.AddOrUpdate(context.Key, 1, (_, n) => n + 1) > 1)
            {
                Interlocked.Increment(ref _sameKeyOverlaps);
            }

            await Task.Delay(1, cancellationToken);
            _runningPerKey.AddOrUpdate(context.Key, 0, (_, n) => n - 1);
            Interlocked.Decrement(ref _running);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) != current)
        {
            current = Volatile.Read(ref target);
        }
    }
}
