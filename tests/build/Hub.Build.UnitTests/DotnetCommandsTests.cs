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
        var spec = _dotnet.Run("tests/system/Hub.Demo", "Release", ["--name", "two words"]);

        spec.Arguments.Should().EndWith(["--", "--name", "two words"]);
        spec.CommandLine.Should().EndWith("-- --name \"two words\"");
    }

    [Fact]
    public void ContractsGate_NoArguments_ChecksTheRepositoryContracts()
    {
        _dotnet.ContractsGate("Debug", []).CommandLine
            .Should().Be("dotnet artifacts/bin/Hub.ContractsGate/debug/Hub.ContractsGate.dll --contracts contracts/avro");
    }

    [Fact]
    public void ContractsGate_CallerNamesContracts_DoesNotAddTheDefault()
    {
        _dotnet.ContractsGate("Debug", ["--contracts", "other", "--no-git"]).Arguments
            .Should().Equal("artifacts/bin/Hub.ContractsGate/debug/Hub.ContractsGate.dll", "--contracts", "other", "--no-git");
    }
}
