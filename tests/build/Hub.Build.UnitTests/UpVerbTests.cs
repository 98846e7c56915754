using Hub.Build.UnitTests.Fakes;
using Hub.Build.Verbs;

namespace Hub.Build.UnitTests;

public sealed class UpVerbTests : IDisposable
{
    private const string State = """{"bootstrapServers":"127.0.0.1:39092","redis":"127.0.0.1:6380","pid":4242,"controlUrl":"http://127.0.0.1:5080"}""";

    private readonly TempRepo _repo = new();

    public UpVerbTests() => _repo.Write("services/dev/Hub.DevHost/Hub.DevHost.csproj", "<Project />");

    [Fact]
    public async Task RunAsync_Fresh_BuildsThenStartsDevHostDetachedAndPrintsEndpoints()
    {
        _repo.Runner.OnStartDetached = _ =>
        {
            _repo.Host.AlivePids.Add(4242);
            _repo.Write(".devstack/stack.json", State);
            return 4242;
        };

        var exit = await Run();

        exit.Should().Be(0);
        _repo.Runner.CommandLines.First().Should()
            .Be("dotnet build services/dev/Hub.DevHost/Hub.DevHost.csproj -warnaserror -c Release -nodeReuse:false");
        var (spec, log) = _repo.Runner.Detached.Should().ContainSingle().Subject;
        spec.CommandLine.Should().Be("dotnet artifacts/bin/Hub.DevHost/release/Hub.DevHost.dll --state-dir .devstack");
        spec.WorkingDirectory.Should().Be(_repo.Root);
        log.Should().Be(_repo.Path(".devstack/devhost.log"));
        _repo.Out.ToString().Should().Contain("bootstrapServers  127.0.0.1:39092")
            .And.Contain("redis             127.0.0.1:6380")
            .And.Contain("controlUrl        http://127.0.0.1:5080");
    }

    [Fact]
    public async Task RunAsync_StaleStateFile_IsRemovedBeforeStarting()
    {
        _repo.Write(".devstack/stack.json", State.Replace("4242", "777", StringComparison.Ordinal));
        _repo.Runner.OnStartDetached = _ => 4242;

        var exit = await Run(TimeSpan.FromMilliseconds(100));

        exit.Should().Be(1);
        _repo.Runner.Detached.Should().ContainSingle();
        _repo.Error.ToString().Should().Contain("exited before it wrote its state file");
    }

    [Fact]
    public async Task RunAsync_AlreadyRunning_StartsNothing()
    {
        _repo.Write(".devstack/stack.json", State);
        _repo.Host.AlivePids.Add(4242);

        var exit = await Run();

        exit.Should().Be(0);
        _repo.Runner.Runs.Should().BeEmpty();
        _repo.Runner.Detached.Should().BeEmpty();
        _repo.Out.ToString().Should().Contain("already running");
    }

    [Fact]
    public async Task RunAsync_NoStateFileBeforeDeadline_StopsDevHostAndShowsLog()
    {
        _repo.Runner.OnStartDetached = _ =>
        {
            _repo.Host.AlivePids.Add(4242);
            _repo.Write(".devstack/devhost.log", "starting\nport in use");
            return 4242;
        };

        var exit = await Run(TimeSpan.FromMilliseconds(100));

        exit.Should().Be(1);
        _repo.Host.Killed.Should().Equal(4242);
        _repo.Error.ToString().Should().Contain("wrote no .devstack/stack.json").And.Contain("| port in use");
    }

    [Fact]
    public async Task RunAsync_DevHostProjectMissing_FailsClearly()
    {
        File.Delete(_repo.Path("services/dev/Hub.DevHost/Hub.DevHost.csproj"));

        var exit = await Run();

        exit.Should().Be(1);
        _repo.Error.ToString().Should().Contain("services/dev/Hub.DevHost/Hub.DevHost.csproj does not exist yet");
    }

    [Fact]
    public async Task RunAsync_BuildFails_StartsNothing()
    {
        _repo.Runner.OnRun = _ => new(1);

        var exit = await Run();

        exit.Should().Be(1);
        _repo.Runner.Detached.Should().BeEmpty();
    }

    private Task<int> Run(TimeSpan? timeout = null) =>
        new UpVerb(_repo.Context) { StartTimeout = timeout ?? TimeSpan.FromSeconds(5) }.RunAsync([], CancellationToken.None);

    public void Dispose() => _repo.Dispose();
}
