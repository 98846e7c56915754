using Hub.Build.Steps;

namespace Hub.Build.UnitTests;

public class DotnetCommandsTests
{
    private readonly DotnetCommands _dotnet = new(new RepoLayout("/repo"));

    [Fact]
    public void Test_Project_WritesTrxIntoArtifactsTestResults()
    {
        _dotnet.Test("tests/Hub.X.UnitTests/Hub.X.UnitTests.csproj", "Hub.X.UnitTests.trx").CommandLine.Should().Be(
            "dotnet test --project tests/Hub.X.UnitTests/Hub.X.UnitTests.csproj --no-build " +
            "--results-directory artifacts/test-results --report-xunit-trx --report-xunit-trx-filename Hub.X.UnitTests.trx");
    }

    [Fact]
    public void BuildSolution_WithoutRestore_TreatsWarningsAsErrors()
    {
        _dotnet.BuildSolution("Debug", restore: false).CommandLine
            .Should().Be("dotnet build Hub.slnx --no-restore -warnaserror -c Debug -nodeReuse:false");
    }

    [Fact]
    public void Run_ArgumentsWithSpaces_AreKeptAsOneArgument()
    {
        var spec = _dotnet.Run("tests/Hub.Demo", "Release", ["--name", "two words"]);

        spec.Arguments.Should().EndWith(["--", "--name", "two words"]);
        spec.CommandLine.Should().EndWith("-- --name \"two words\"");
    }
}
