using Hub.Build.Processes;
using Hub.Build.UnitTests.Fakes;
using Hub.Build.Verbs;

namespace Hub.Build.UnitTests;

public sealed class DotnetRunVerbTests : IDisposable
{
    private readonly TempRepo _repo = new();

    [Fact]
    public async Task Demo_ProjectMissing_FailsWithClearMessage()
    {
        var exit = await new DemoVerb(_repo.Context).RunAsync(["--once"], CancellationToken.None);

        exit.Should().Be(1);
        _repo.Error.ToString().Should().Contain("tests/system/Hub.Demo does not exist yet");
        _repo.Runner.Runs.Should().BeEmpty();
    }

    [Fact]
    public async Task Demo_ProjectPresent_BuildsReleaseThenRunsWithArgs()
    {
        _repo.Write("tests/system/Hub.Demo/Hub.Demo.csproj", "<Project />");

        var exit = await new DemoVerb(_repo.Context).RunAsync(["--once"], CancellationToken.None);

        exit.Should().Be(0);
        _repo.Runner.CommandLines.Should().Equal(
            "dotnet build Hub.slnx -warnaserror -c Release -nodeReuse:false",
            "dotnet run --project tests/system/Hub.Demo -c Release -- --once");
    }

    [Fact]
    public async Task Bench_ProjectPresent_PassesArgsAndExitCodeThrough()
    {
        _repo.Write("tests/system/Hub.Benchmarks/Hub.Benchmarks.csproj", "<Project />");
        _repo.Runner.OnRun = _ => new ProcessOutcome(3);

        var exit = await new BenchVerb(_repo.Context).RunAsync(["--filter", "*Serde*"], CancellationToken.None);

        exit.Should().Be(3);
        _repo.Runner.CommandLines.Should().Equal("dotnet run --project tests/system/Hub.Benchmarks -c Release -- --filter *Serde*");
    }

    [Fact]
    public async Task Bench_ProjectMissing_FailsWithClearMessage()
    {
        var exit = await new BenchVerb(_repo.Context).RunAsync([], CancellationToken.None);

        exit.Should().Be(1);
        _repo.Error.ToString().Should().Contain("tests/system/Hub.Benchmarks does not exist yet");
    }

    public void Dispose() => _repo.Dispose();
}
