using System.Diagnostics;
using Hub.Build.DevStack;
using Hub.Build.Processes;

namespace Hub.Build.UnitTests;

/// <summary>The real runner against /bin/sh: exit codes, deadlines and Ctrl+C must stop the whole child tree.</summary>
public sealed class ProcessRunnerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hub-runner-test-").FullName;
    private readonly ProcessRunner _runner = new();
    private readonly HostEnvironment _host = new();

    [Fact]
    public async Task RunAsync_ChildExits_ReturnsItsExitCode()
    {
        SkipOnWindows();

        var outcome = await _runner.RunAsync(Sh("exit 3"), null, CancellationToken.None);

        outcome.Should().Be(new ProcessOutcome(3));
    }

    [Fact]
    public async Task RunAsync_Deadline_KillsTheWholeTree()
    {
        SkipOnWindows();
        var stopwatch = Stopwatch.StartNew();

        var outcome = await _runner.RunAsync(Sh("sleep 60 & echo $! > grandchild.pid; wait"), TimeSpan.FromSeconds(1), CancellationToken.None);

        outcome.TimedOut.Should().BeTrue();
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
        (await GrandchildGoneAsync()).Should().BeTrue();
    }

    [Fact]
    public async Task RunAsync_Cancelled_KillsTheTreeAndThrows()
    {
        SkipOnWindows();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        var run = () => _runner.RunAsync(Sh("sleep 60 & echo $! > grandchild.pid; wait"), null, cancellation.Token);

        await run.Should().ThrowAsync<OperationCanceledException>();
        (await GrandchildGoneAsync()).Should().BeTrue();
    }

    [Fact]
    public async Task StartDetached_Child_WritesToLogAndOutlivesTheCall()
    {
        SkipOnWindows();
        var log = Path.Combine(_dir, "child.log");

        var pid = _runner.StartDetached(Sh("echo started; exec sleep 60"), log);
        try
        {
            var started = await Poll.UntilAsync(
                () => File.Exists(log) && File.ReadAllText(log).Contains("started", StringComparison.Ordinal),
                TimeSpan.FromSeconds(10), TimeProvider.System, CancellationToken.None);

            started.Should().BeTrue();
            _host.IsProcessAlive(pid).Should().BeTrue();
        }
        finally
        {
            _host.KillProcessTree(pid);
        }

        (await Poll.UntilAsync(() => !_host.IsProcessAlive(pid), TimeSpan.FromSeconds(10), TimeProvider.System, CancellationToken.None))
            .Should().BeTrue();
    }

    private ProcessSpec Sh(string script) => new("/bin/sh", ["-c", script], _dir);

    private async Task<bool> GrandchildGoneAsync()
    {
        var pidFile = Path.Combine(_dir, "grandchild.pid");
        File.Exists(pidFile).Should().BeTrue("the script records its background child");
        var pid = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        return await Poll.UntilAsync(() => !_host.IsProcessAlive(pid), TimeSpan.FromSeconds(10), TimeProvider.System, CancellationToken.None);
    }

    private static void SkipOnWindows() => Assert.SkipWhen(OperatingSystem.IsWindows(), "uses /bin/sh");

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
