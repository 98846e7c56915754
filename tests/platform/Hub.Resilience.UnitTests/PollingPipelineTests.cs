using Hub.Connectors.Polling;
using Hub.Resilience.UnitTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Resilience.UnitTests;

/// <summary>"polling": a poller keeps going through failures of its source, backing off as <c>Resilience:polling</c> says.</summary>
public sealed class PollingPipelineTests
{
    private const string Poller = "test-poller";
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task Poller_SourceFailsFiveTimes_RetriesWithCappedDoublingDelaysThenPollsOnItsInterval()
    {
        await using var run = await PollerRun.StartAsync(failures: 5, new()
        {
            ["Resilience:polling:Delay"] = "00:00:01",
            ["Resilience:polling:MaxDelay"] = "00:00:04",
        });

        await run.Time.AdvanceUntilAsync(() => run.Feed.Reads.Count >= 7, Step);

        run.Feed.Reads.Gaps().Take(6).Select(g => g.TotalSeconds).Should().Equal([1, 2, 4, 4, 4, 60], WaitedAbout);
        run.Health.States[Poller].ConsecutiveFailures.Should().Be(0, "the sixth poll succeeded");
        run.Service.ExecuteTask!.IsCompleted.Should().BeFalse("the poller keeps running");
    }

    [Fact]
    public async Task Poller_NoSettings_BacksOffFromOneSecond()
    {
        await using var run = await PollerRun.StartAsync(failures: 3, []);

        await run.Time.AdvanceUntilAsync(() => run.Feed.Reads.Count >= 4, Step);

        run.Feed.Reads.Gaps().Select(g => g.TotalSeconds).Should().Equal([1, 2, 4], WaitedAbout);
    }

    /// <summary>
    /// A poller never polls before its wait is over; it may poll a few fake-time steps late, because the test moves
    /// fake time on while the poller (on a loaded machine) has not yet scheduled its wait. Half a second is five steps,
    /// and still far from the next doubling.
    /// </summary>
    private static bool WaitedAbout(double gapSeconds, int expectedSeconds) =>
        gapSeconds >= expectedSeconds - 0.001 && gapSeconds <= expectedSeconds + 0.5;

    [Fact]
    public async Task Poller_Failing_ReportsEachFailureToHealth()
    {
        await using var run = await PollerRun.StartAsync(failures: int.MaxValue, []);

        await run.Time.AdvanceUntilAsync(() => run.Feed.Reads.Count >= 3, Step);

        run.Health.States[Poller].ConsecutiveFailures.Should().BeGreaterThanOrEqualTo(2);
        run.Health.States[Poller].LastError.Should().Be("source down");
    }

    [Theory]
    [InlineData("ErrorBackoff", "Resilience:polling:Delay")]
    [InlineData("MaxErrorBackoff", "Resilience:polling:MaxDelay")]
    public void Options_BackoffInThePollersOwnSection_FailsNamingWhereItMoved(string key, string movedTo)
    {
        var (services, _, time) = TestServices.Create(new() { [$"Polling:{Poller}:{key}"] = "00:00:05" });
        services.AddSingleton(new FlakyFeed(time));
        services.AddDeltaPolling<FlakyFeed.Row, FlakyFeed>(Poller);
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IOptionsMonitor<DeltaPollingOptions>>().Get(Poller);

        act.Should().Throw<OptionsValidationException>().WithMessage($"*{key} moved to {movedTo}*");
    }

    /// <summary>One poller service, started, with a long interval so only failures make it poll early.</summary>
    private sealed class PollerRun : IAsyncDisposable
    {
        private readonly ServiceProvider _provider;

        private PollerRun(ServiceProvider provider, FlakyFeed feed, FakeTimeProvider time)
        {
            _provider = provider;
            Feed = feed;
            Time = time;
            Service = provider.GetServices<IHostedService>().OfType<DeltaPollingService<FlakyFeed.Row>>().Single();
            Health = provider.GetRequiredService<PollingHealth>();
        }

        public FlakyFeed Feed { get; }

        public FakeTimeProvider Time { get; }

        public BackgroundService Service { get; }

        public PollingHealth Health { get; }

        public static async Task<PollerRun> StartAsync(int failures, Dictionary<string, string?> settings)
        {
            settings[$"Polling:{Poller}:Interval"] = "00:01:00";
            var (services, _, time) = TestServices.Create(settings);
            var feed = new FlakyFeed(time) { Failures = failures };
            services.AddSingleton(feed);
            services.AddSingleton<IWatermarkStore>(new MemoryWatermarks());
            services.AddDeltaPolling<FlakyFeed.Row, FlakyFeed>(Poller);
            var run = new PollerRun(services.BuildServiceProvider(), feed, time);
            await run.Service.StartAsync(CancellationToken.None);
            return run;
        }

        public async ValueTask DisposeAsync()
        {
            await Service.StopAsync(CancellationToken.None);
            await _provider.DisposeAsync();
        }
    }
}
