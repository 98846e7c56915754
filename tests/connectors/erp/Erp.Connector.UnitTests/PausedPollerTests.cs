using System.Collections.Concurrent;
using Hub.Connectors.Polling;
using Hub.Messaging.Processing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Erp.Connector.UnitTests;

/// <summary>The kill switch on a poller (DeltaPollingService with a ConnectorPauseWatch): paused, it does not poll.</summary>
public sealed class PausedPollerTests
{
    [Fact]
    public async Task ExecuteAsync_InboundPaused_DoesNotPollUntilResumed()
    {
        var store = new MemoryPauses();
        await store.PauseAsync("erp-connector", new ConnectorPause { Scope = PauseScope.Inbound, Who = "ana", At = DateTimeOffset.UtcNow, Reason = "INC-1" });
        var feed = new CountingFeed();
        var options = new DeltaPollingOptions { Interval = TimeSpan.FromMilliseconds(20) };
        var watch = new ConnectorPauseWatch(store, "erp-connector", TimeProvider.System);
        using var service = new DeltaPollingService<string>(
            new DeltaPoller<string>("erp-test", feed, new NoWatermarks(), options), options, Polly.ResiliencePipeline.Empty, new PollingHealth(), TimeProvider.System, NullLogger<DeltaPollingService<string>>.Instance, watch);

        await service.StartAsync(TestContext.Current.CancellationToken);
        await UntilAsync(() => store.Reads >= 2, "the poller to look at the pause twice");
        feed.Reads.Should().Be(0, "a paused poller does not poll its source");

        await store.ResumeAsync("erp-connector", null);
        await UntilAsync(() => feed.Reads > 0, "the poller to poll after resume");
        await service.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ExecuteAsync_OnlyOneSubscriptionPaused_KeepsPolling()
    {
        var store = new MemoryPauses();
        await store.PauseAsync("erp-connector", new ConnectorPause { Scope = PauseScope.Subscription("customers"), Who = "ana", At = DateTimeOffset.UtcNow, Reason = "INC-2" });
        var feed = new CountingFeed();
        var options = new DeltaPollingOptions { Interval = TimeSpan.FromMilliseconds(20) };
        using var service = new DeltaPollingService<string>(
            new DeltaPoller<string>("erp-test", feed, new NoWatermarks(), options), options, Polly.ResiliencePipeline.Empty, new PollingHealth(), TimeProvider.System, NullLogger<DeltaPollingService<string>>.Instance, new ConnectorPauseWatch(store, "erp-connector", TimeProvider.System));

        await service.StartAsync(TestContext.Current.CancellationToken);
        await UntilAsync(() => feed.Reads > 0, "the poller to poll: a subscription's pause is outbound only");
        await service.StopAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Polls the condition with a deadline (this project has no Hub.Testing reference).</summary>
    private static async Task UntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting for {what}.");
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    private sealed class MemoryPauses : IConnectorPauseStore
    {
        private readonly ConcurrentDictionary<string, ConnectorPause> _pauses = new();
        private int _reads;

        public int Reads => Volatile.Read(ref _reads);

        public Task<IReadOnlyList<ConnectorPause>> GetAsync(string connector)
        {
            Interlocked.Increment(ref _reads);
            return Task.FromResult<IReadOnlyList<ConnectorPause>>(_pauses.Values.ToList());
        }

        public Task PauseAsync(string connector, ConnectorPause pause)
        {
            _pauses[pause.Scope] = pause;
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<ConnectorPause>> ResumeAsync(string connector, string? scope)
        {
            var removed = _pauses.Values.Where(p => scope is null || p.Scope == scope).ToList();
            foreach (var pause in removed)
            {
                _pauses.TryRemove(pause.Scope, out _);
            }

            return Task.FromResult<IReadOnlyList<ConnectorPause>>(removed);
        }
    }

    private sealed class CountingFeed : IDeltaFeed<string>
    {
        private int _reads;

        public int Reads => Volatile.Read(ref _reads);

        public Task<IReadOnlyList<string>> ReadAsync(DeltaQuery<string> query, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _reads);
            return Task.FromResult<IReadOnlyList<string>>([]);
        }

        public DeltaKey KeyOf(string record) => throw new NotSupportedException();

        public Task PublishAsync(IReadOnlyList<string> records, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class NoWatermarks : IWatermarkStore
    {
        public Task<Watermark?> GetAsync(string poller, CancellationToken cancellationToken) => Task.FromResult<Watermark?>(null);

        public Task SaveAsync(string poller, Watermark watermark, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
