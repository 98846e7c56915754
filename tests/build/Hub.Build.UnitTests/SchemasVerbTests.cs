using Hub.Build.Processes;
using Hub.Build.UnitTests.Fakes;
using Hub.Build.Verbs;

namespace Hub.Build.UnitTests;

public sealed class SchemasVerbTests : IDisposable
{
    private readonly TempRepo _repo = new();

    [Fact]
    public async Task RunAsync_NoArguments_BuildsTheGateThenChecksTheRepositoryContracts()
    {
        var exit = await Run();

        exit.Should().Be(0);
        _repo.Runner.CommandLines.Should().Equal(
            "dotnet build services/tools/Hub.ContractsGate/Hub.ContractsGate.csproj -warnaserror -c Debug -nodeReuse:false",
            "dotnet artifacts/bin/Hub.ContractsGate/debug/Hub.ContractsGate.dll --contracts contracts/avro");
        _repo.Out.ToString().Should().Contain("==> contracts gate");
    }

    [Fact]
    public async Task RunAsync_WithArguments_PassesThemToTheGate()
    {
        await Run("--registry", "http://127.0.0.1:8081");

        _repo.Runner.Runs.Last().Arguments.Should().EndWith(["--contracts", "contracts/avro", "--registry", "http://127.0.0.1:8081"]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task RunAsync_GateFails_ReturnsTheGateExitCode(int gateExit)
    {
        _repo.Runner.OnRun = spec => new ProcessOutcome(spec.Arguments[0] == "build" ? 0 : gateExit);

        (await Run()).Should().Be(gateExit);
    }

    [Fact]
    public async Task RunAsync_BuildFails_DoesNotRunTheGate()
    {
        _repo.Runner.OnRun = spec => new ProcessOutcome(spec.Arguments[0] == "build" ? 1 : 0);

        var exit = await Run();

        exit.Should().Be(1);
        _repo.Runner.Runs.Should().ContainSingle();
    }

    public void Dispose() => _repo.Dispose();

    private Task<int> Run(params string[] args) => new SchemasVerb(_repo.Context).RunAsync(args, CancellationToken.None);
}
