using Hub.Build.Processes;
using Hub.Build.UnitTests.Fakes;
using Hub.Build.Verbs;

namespace Hub.Build.UnitTests;

public sealed class ToolVerbTests : IDisposable
{
    private readonly TempRepo _repo = new();

    [Fact]
    public async Task RunAsync_PacksTheCliIntoTheLocalFeedAndSaysHowToInstallIt()
    {
        var exit = await new ToolVerb(_repo.Context).RunAsync([], CancellationToken.None);

        exit.Should().Be(0);
        _repo.Runner.CommandLines.Should().Equal(
            "dotnet pack services/tools/Hub.Cli/Hub.Cli.csproj -warnaserror -c Release -nodeReuse:false -o artifacts/tool-feed");
        _repo.Out.ToString().Should().Contain("dotnet tool install --global Hub.Cli --add-source artifacts/tool-feed");
    }

    [Fact]
    public async Task RunAsync_PackFails_ReturnsFailureWithoutInstallHint()
    {
        _repo.Runner.OnRun = _ => new ProcessOutcome(1);

        var exit = await new ToolVerb(_repo.Context).RunAsync([], CancellationToken.None);

        exit.Should().Be(1);
        _repo.Out.ToString().Should().NotContain("dotnet tool install");
    }

    public void Dispose() => _repo.Dispose();
}
