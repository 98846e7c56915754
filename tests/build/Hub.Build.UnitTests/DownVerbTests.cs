using Hub.Build.Processes;
using Hub.Build.UnitTests.Fakes;
using Hub.Build.Verbs;

namespace Hub.Build.UnitTests;

public sealed class DownVerbTests : IDisposable
{
    private readonly TempRepo _repo = new();

    [Fact]
    public async Task RunAsync_NoStateFile_ReportsNotRunning()
    {
        var exit = await Run();

        exit.Should().Be(0);
        _repo.Out.ToString().Should().Contain("not running");
        _repo.Runner.Runs.Should().BeEmpty();
    }

    [Fact]
    public async Task RunAsync_PidGone_RemovesStaleStateFile()
    {
        _repo.Write(".devstack/stack.json", """{"pid":31337}""");

        var exit = await Run();

        exit.Should().Be(0);
        File.Exists(_repo.Path(".devstack/stack.json")).Should().BeFalse();
        _repo.Runner.Runs.Should().BeEmpty();
    }

    [Fact]
    public async Task RunAsync_PidReusedByAnotherProgram_LeavesItAlone()
    {
        _repo.Write(".devstack/stack.json", """{"pid":31337}""");
        _repo.Host.AlivePids.Add(31337);
        _repo.Host.CommandLines[31337] = "/usr/sbin/sshd -D";

        var exit = await Run();

        exit.Should().Be(0);
        _repo.Runner.Runs.Should().BeEmpty();
        _repo.Host.Killed.Should().BeEmpty();
    }

    [Fact]
    public async Task RunAsync_Running_SendsSigtermAndWaitsForExit()
    {
        _repo.Write(".devstack/stack.json", """{"pid":31337}""");
        _repo.Host.AlivePids.Add(31337);
        _repo.Host.CommandLines[31337] = "dotnet artifacts/bin/Hub.DevHost/release/Hub.DevHost.dll --state-dir .devstack";
        _repo.Runner.OnRun = _ =>
        {
            _repo.Host.AlivePids.Remove(31337);
            return new ProcessOutcome(0);
        };

        var exit = await Run();

        exit.Should().Be(0);
        _repo.Runner.CommandLines.Should().Equal("kill -TERM 31337");
        _repo.Host.Killed.Should().BeEmpty();
        File.Exists(_repo.Path(".devstack/stack.json")).Should().BeFalse();
    }

    [Fact]
    public async Task RunAsync_OnWindows_UsesTaskkill()
    {
        _repo.Write(".devstack/stack.json", """{"pid":31337}""");
        _repo.Host.IsWindows = true;
        _repo.Host.AlivePids.Add(31337);
        _repo.Runner.OnRun = _ => new ProcessOutcome(_repo.Host.AlivePids.Remove(31337) ? 0 : 1);

        await Run();

        _repo.Runner.CommandLines.Should().Equal("taskkill /PID 31337 /T /F");
    }

    [Fact]
    public async Task RunAsync_IgnoresSigterm_KillsTreeAfterDeadline()
    {
        _repo.Write(".devstack/stack.json", """{"pid":31337}""");
        _repo.Host.AlivePids.Add(31337);

        var exit = await Run();

        exit.Should().Be(0);
        _repo.Host.Killed.Should().Equal(31337);
        _repo.Error.ToString().Should().Contain("did not exit");
    }

    private Task<int> Run() =>
        new DownVerb(_repo.Context) { StopTimeout = TimeSpan.FromMilliseconds(100) }.RunAsync([], CancellationToken.None);

    public void Dispose() => _repo.Dispose();
}
