using Hub.Messaging.Errors;
using Hub.Messaging.Kafka.Consuming;
using Hub.Messaging.Processing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Messaging.UnitTests.Consuming;

/// <summary>The guard as the workers use it, from AddKafkaMessaging's container, on a fake clock.</summary>
public sealed class DependencyOutageGuardTests : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(10);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero));
    private readonly List<TimeSpan> _tries = [];
    private readonly List<bool> _waits = [];
    private readonly List<bool> _availability = [];
    private readonly ServiceProvider _services;
    private readonly DependencyOutageGuard _guard;

    public DependencyOutageGuardTests()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddKafkaMessaging();
        _services = services.BuildServiceProvider();
        _guard = _services.GetRequiredService<DependencyOutageGuard>();
    }

    [Fact]
    public async Task RunAsync_DependencyBackAfterThreeFailures_WaitsDoublingDelaysPollingPausedThenResumes()
    {
        var started = _time.GetUtcNow();
        var run = _guard.RunAsync("Redis", () => Try(started, failures: 3), Wait, _availability.Add, CancellationToken.None);

        var result = await DriveClockAsync(run);

        result.Should().Be(4);
        Gaps().Should().HaveCount(3);
        Gaps().Zip([Ms(100), Ms(200), Ms(400)]).Should().AllSatisfy(g => g.First.Should().BeCloseTo(g.Second, Step, "the clock moves in steps"));
        _waits.Should().Equal(true, true, true, false);
        _availability.Should().Equal(false, true);
    }

    [Fact]
    public async Task RunAsync_DependencyNeverBack_RetriesAtTheMaximumDelayUntilCancelled()
    {
        using var stop = new CancellationTokenSource();
        var started = _time.GetUtcNow();
        var run = _guard.RunAsync("Redis", () => Try(started, failures: int.MaxValue), Wait, _availability.Add, stop.Token);

        await PollAsync(() => _tries.Count >= 30, step: TimeSpan.FromSeconds(1));
        stop.Cancel();
        var stopped = async () => await run.WaitAsync(Deadline);

        await stopped.Should().ThrowAsync<OperationCanceledException>();
        Gaps()[^1].Should().BeCloseTo(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(1), "100 ms doubling stops at 5 s");
        _availability.Should().Equal(false);
        _waits.Should().AllBeEquivalentTo(true, "the partitions stay paused until the dependency answers");
    }

    [Fact]
    public async Task RunAsync_OtherError_ThrownWithoutRetry()
    {
        var run = _guard.RunAsync<int>("Redis", () => throw new InvalidOperationException("bug"), Wait, _availability.Add, CancellationToken.None);

        await run.Awaiting(r => r.WaitAsync(Deadline)).Should().ThrowAsync<InvalidOperationException>();
        _waits.Should().BeEmpty();
        _availability.Should().BeEmpty();
    }

    public void Dispose() => _services.Dispose();

    private static TimeSpan Ms(int milliseconds) => TimeSpan.FromMilliseconds(milliseconds);

    private List<TimeSpan> Gaps() => _tries.Zip(_tries.Skip(1), (before, after) => after - before).ToList();

    private Task<int> Try(DateTimeOffset started, int failures)
    {
        _tries.Add(_time.GetUtcNow() - started);
        return _tries.Count <= failures
            ? Task.FromException<int>(new ProcessingStoreUnavailableException("Redis is unreachable"))
            : Task.FromResult(_tries.Count);
    }

    private Task Wait(bool paused)
    {
        _waits.Add(paused);
        return Task.CompletedTask;
    }

    private async Task<T> DriveClockAsync<T>(Task<T> run)
    {
        await PollAsync(() => run.IsCompleted, Step);
        return await run;
    }

    /// <summary>Moves the fake clock in small steps until <paramref name="done"/>, giving the guard's continuations time to run.</summary>
    private async Task PollAsync(Func<bool> done, TimeSpan step)
    {
        var deadline = DateTime.UtcNow + Deadline;
        while (!done())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the guard should have reached the expected state by now");
            _time.Advance(step);
            await Task.Delay(1);
        }
    }
}
