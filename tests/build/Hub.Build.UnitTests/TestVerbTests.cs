using Hub.Build.Processes;
using Hub.Build.UnitTests.Fakes;
using Hub.Build.Verbs;

namespace Hub.Build.UnitTests;

public sealed class TestVerbTests : IDisposable
{
    private readonly TempRepo _repo = new();
    private readonly Dictionary<string, (int Exit, string? Trx)> _testResults = [];

    public TestVerbTests()
    {
        _repo.AddProject("tests/Hub.B.IntegrationTests/Hub.B.IntegrationTests.csproj");
        _repo.AddProject("tests/Hub.A.UnitTests/Hub.A.UnitTests.csproj");
        _testResults["Hub.A.UnitTests"] = (0, TrxSamples.With(passed: 3));
        _testResults["Hub.B.IntegrationTests"] = (0, TrxSamples.With(passed: 2, skipped: ["Ns.T.Slow"]));
        _repo.Runner.OnRun = FakeDotnetTest;
    }

    [Fact]
    public async Task RunAsync_AllGreen_RunsRestoreBuildGateThenUnitThenIntegrationProjects()
    {
        var exit = await Run();

        exit.Should().Be(0);
        _repo.Runner.CommandLines.Should().Equal(
            "dotnet restore Hub.slnx",
            "dotnet build Hub.slnx --no-restore -warnaserror -c Debug -nodeReuse:false",
            "dotnet artifacts/bin/Hub.ContractsGate/debug/Hub.ContractsGate.dll --contracts contracts/avro",
            "dotnet test --project tests/Hub.A.UnitTests/Hub.A.UnitTests.csproj --no-build --results-directory artifacts/test-results --report-xunit-trx --report-xunit-trx-filename Hub.A.UnitTests.trx",
            "dotnet test --project tests/Hub.B.IntegrationTests/Hub.B.IntegrationTests.csproj --no-build --results-directory artifacts/test-results --report-xunit-trx --report-xunit-trx-filename Hub.B.IntegrationTests.trx");
        _repo.Runner.Runs.Should().OnlyContain(r => r.WorkingDirectory == _repo.Root);
    }

    [Fact]
    public async Task RunAsync_AllGreen_PrintsHeadersAndClosingLineThenSkips()
    {
        await Run();

        var output = _repo.Out.ToString();
        output.Should().Contain("==> restore").And.Contain("==> build").And.Contain("==> contracts gate").And.Contain("==> redis-server")
            .And.Contain("==> tests: Hub.A.UnitTests").And.Contain("==> tests: Hub.B.IntegrationTests");
        output.Should().Contain($"Tests: 5 passed, 0 failed, 1 skipped{Environment.NewLine}Skipped (1):");
        output.Should().Contain("Ns.T.Slow: Ns.T.Slow reason");
    }

    [Fact]
    public async Task RunAsync_BuildFails_StopsBeforeTestsAndFails()
    {
        _repo.Runner.OnRun = spec => new ProcessOutcome(spec.Arguments[0] == "build" ? 1 : 0);

        var exit = await Run();

        exit.Should().Be(1);
        _repo.Runner.CommandLines.Should().HaveCount(2);
        _repo.Error.ToString().Should().Contain("failed with exit code 1");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task RunAsync_ContractsGateFails_StopsBeforeTestsAndFails(int gateExit)
    {
        _repo.Runner.OnRun = spec => new ProcessOutcome(spec.Arguments[0].EndsWith("Hub.ContractsGate.dll", StringComparison.Ordinal) ? gateExit : 0);

        var exit = await Run();

        exit.Should().Be(1);
        _repo.Runner.CommandLines.Should().HaveCount(3).And.NotContain(c => c.StartsWith("dotnet test", StringComparison.Ordinal));
        _repo.Error.ToString().Should().Contain($"Hub.ContractsGate.dll --contracts contracts/avro' failed with exit code {gateExit}");
    }

    [Fact]
    public async Task RunAsync_TestFails_FailsAndNamesTheTest()
    {
        _testResults["Hub.A.UnitTests"] = (2, TrxSamples.With(passed: 1, failed: ["Ns.T.Broken"]));

        var exit = await Run();

        exit.Should().Be(1);
        _repo.Out.ToString().Should().Contain("Tests: 3 passed, 1 failed, 1 skipped")
            .And.Contain("[Hub.A.UnitTests] Ns.T.Broken: Ns.T.Broken broke");
    }

    [Fact]
    public async Task RunAsync_ProjectCrashesWithoutReport_FailsAndSaysSo()
    {
        _testResults["Hub.B.IntegrationTests"] = (7, null);

        var exit = await Run();

        exit.Should().Be(1);
        _repo.Out.ToString().Should().Contain("Hub.B.IntegrationTests: exit code 7 and no TRX report");
    }

    [Fact]
    public async Task RunAsync_StaleReportFromEarlierRun_IsNotCounted()
    {
        _repo.Write("artifacts/test-results/Hub.B.IntegrationTests.trx", TrxSamples.With(passed: 50));
        _testResults["Hub.B.IntegrationTests"] = (1, null);

        var exit = await Run();

        exit.Should().Be(1);
        _repo.Out.ToString().Should().Contain("Tests: 3 passed, 0 failed, 0 skipped");
    }

    [Fact]
    public async Task RunAsync_UnexplainedNonZeroExitWithReport_CountsAsFailedToRun()
    {
        _testResults["Hub.A.UnitTests"] = (3, TrxSamples.With(passed: 3));

        var exit = await Run();

        exit.Should().Be(1);
        _repo.Out.ToString().Should().Contain("FAILED TO RUN: exit code 3");
    }

    [Fact]
    public async Task RunAsync_ProjectWithZeroTests_IsAccepted()
    {
        _testResults["Hub.A.UnitTests"] = (8, TrxSamples.Empty);

        var exit = await Run();

        exit.Should().Be(0);
    }

    [Fact]
    public async Task RunAsync_ProjectTimesOut_ReportsTimeout()
    {
        _repo.Runner.OnRun = spec => spec.Arguments[0] == "test" ? new ProcessOutcome(137, TimedOut: true) : new(0);

        var exit = await Run();

        exit.Should().Be(1);
        _repo.Out.ToString().Should().Contain("timed out after 25 min");
        _repo.Runner.Timeouts.Last().Should().Be(TimeSpan.FromMinutes(25));
    }

    [Fact]
    public async Task RunAsync_ProjectMissingFromSolution_IsNotRunAndFails()
    {
        _repo.AddProject("tests/Hub.C.UnitTests/Hub.C.UnitTests.csproj", inSolution: false);

        var exit = await Run();

        exit.Should().Be(1);
        _repo.Runner.CommandLines.Should().NotContain(c => c.Contains("Hub.C.UnitTests", StringComparison.Ordinal));
        _repo.Out.ToString().Should().Contain("tests/Hub.C.UnitTests/Hub.C.UnitTests.csproj is not listed in Hub.slnx");
    }

    [Fact]
    public async Task RunAsync_RedisMissingNotRoot_RunsNoTests()
    {
        _repo.Host.OnPath.Remove("redis-server");
        _repo.Host.IsRoot = false;

        var exit = await Run();

        exit.Should().Be(1);
        _repo.Runner.CommandLines.Should().NotContain(c => c.StartsWith("dotnet test", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_DeployToolsMissingAsRoot_InstallsTheirPackagesThenRunsTests()
    {
        _repo.Host.OnPath.ExceptWith(["promtool", "yamllint"]);
        _repo.Runner.OnRun = spec =>
        {
            if (spec.FileName == "apt-get" && spec.Arguments[0] == "install")
            {
                _repo.Host.OnPath.Add(spec.Arguments[^1] == "prometheus" ? "promtool" : spec.Arguments[^1]);
                return new ProcessOutcome(0);
            }

            return FakeDotnetTest(spec);
        };

        var exit = await Run();

        exit.Should().Be(0);
        _repo.Runner.CommandLines.Should().ContainInOrder(
            "apt-get install -y prometheus", "apt-get install -y yamllint", "dotnet test --project tests/Hub.A.UnitTests/Hub.A.UnitTests.csproj --no-build --results-directory artifacts/test-results --report-xunit-trx --report-xunit-trx-filename Hub.A.UnitTests.trx");
        _repo.Out.ToString().Should().Contain("==> promtool").And.Contain("==> yamllint").And.Contain("==> kubectl");
    }

    [Fact]
    public async Task RunAsync_DeployToolMissingNotRoot_WarnsAndStillRunsTests()
    {
        _repo.Host.OnPath.Remove("promtool");
        _repo.Host.IsRoot = false;

        var exit = await Run();

        exit.Should().Be(0, "tests that need promtool skip with a reason instead");
        _repo.Error.ToString().Should().Contain("warning: 'promtool' is not on PATH").And.Contain("Tests that need it will be skipped")
            .And.Contain("apt-get install -y prometheus");
        _repo.Runner.CommandLines.Should().Contain(c => c.StartsWith("dotnet test", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_KafkaSuite_RunAgainWithClassicGroupProtocolLabelledApart()
    {
        _repo.AddProject("tests/system/Hub.Reliability.IntegrationTests/Hub.Reliability.IntegrationTests.csproj");
        _testResults["Hub.Reliability.IntegrationTests"] = (0, TrxSamples.With(passed: 4));

        var exit = await Run();

        exit.Should().Be(0);
        var reliability = _repo.Runner.Runs.Where(r => r.Arguments.Contains("tests/system/Hub.Reliability.IntegrationTests/Hub.Reliability.IntegrationTests.csproj")).ToList();
        reliability.Should().HaveCount(2);
        reliability[0].Environment.Should().NotContainKey("HUB_TEST_GROUP_PROTOCOL", "the first run keeps the fixture's default, auto");
        reliability[1].Environment.Should().Contain("HUB_TEST_GROUP_PROTOCOL", "classic");
        reliability[1].CommandLine.Should().EndWith("--report-xunit-trx-filename Hub.Reliability.IntegrationTests.classic.trx")
            .And.Contain("--filter-not-class *.ParkedBacklogDrainTests", "the outage drains do not depend on the group protocol")
            .And.Contain("--filter-not-class *.BadInputTests").And.NotContain("*.ConsumerCrashTests", "a crashed member is what the protocols handle differently");
        reliability[0].CommandLine.Should().NotContain("--filter-not-class", "the default pass runs the whole suite");
        _repo.Runner.Runs.Count(r => r.Arguments.Contains("tests/Hub.B.IntegrationTests/Hub.B.IntegrationTests.csproj")).Should().Be(1, "only the Kafka suites run twice");
        var output = _repo.Out.ToString();
        output.Should().Contain("==> tests: Hub.Reliability.IntegrationTests [classic]");
        output.Should().MatchRegex(@"Hub\.Reliability\.IntegrationTests \[classic\]\s+4 passed");
        output.Should().Contain("Tests: 13 passed, 0 failed, 1 skipped");
    }

    [Fact]
    public async Task RunAsync_RedisSuites_RunAgainOnRedisClusterWithFilterLabelledApart()
    {
        _repo.AddProject("tests/kit/Hub.Identity.IntegrationTests/Hub.Identity.IntegrationTests.csproj");
        _repo.AddProject("tests/platform/Hub.Messaging.IntegrationTests/Hub.Messaging.IntegrationTests.csproj");
        _testResults["Hub.Identity.IntegrationTests"] = (0, TrxSamples.With(passed: 5));
        _testResults["Hub.Messaging.IntegrationTests"] = (0, TrxSamples.With(passed: 4));

        var exit = await Run();

        exit.Should().Be(0);
        var identity = _repo.Runner.Runs.Where(r => r.Arguments.Contains("tests/kit/Hub.Identity.IntegrationTests/Hub.Identity.IntegrationTests.csproj")).ToList();
        identity.Should().HaveCount(2, "identity has no Kafka, so no classic pass, only the cluster pass");
        identity[0].Environment.Should().NotContainKey("HUB_TEST_REDIS_CLUSTER");
        identity[1].Environment.Should().Contain("HUB_TEST_REDIS_CLUSTER", "1");
        identity[1].CommandLine.Should().NotContain("--filter-class", "the identity suite runs whole").And
            .EndWith("--report-xunit-trx-filename Hub.Identity.IntegrationTests.redis-cluster.trx");
        var messaging = _repo.Runner.Runs.Where(r => r.Arguments.Contains("tests/platform/Hub.Messaging.IntegrationTests/Hub.Messaging.IntegrationTests.csproj")).ToList();
        messaging.Should().HaveCount(3, "default, classic, then redis-cluster");
        messaging[0].CommandLine.Should().NotContain("--filter-class");
        messaging[1].Environment.Should().NotContainKey("HUB_TEST_REDIS_CLUSTER");
        messaging[2].Environment.Should().Contain("HUB_TEST_REDIS_CLUSTER", "1").And.NotContainKey("HUB_TEST_GROUP_PROTOCOL");
        messaging[2].CommandLine.Should().Contain("--filter-class *.RedisProcessingStoreTests").And
            .EndWith("--report-xunit-trx-filename Hub.Messaging.IntegrationTests.redis-cluster.trx");
        _repo.Runner.Runs.Count(r => r.Arguments.Contains("tests/Hub.B.IntegrationTests/Hub.B.IntegrationTests.csproj")).Should().Be(1);
        var output = _repo.Out.ToString();
        output.Should().Contain("==> tests: Hub.Identity.IntegrationTests [redis-cluster]");
        output.Should().MatchRegex(@"Hub\.Messaging\.IntegrationTests \[redis-cluster\]\s+4 passed");
        output.Should().Contain("Tests: 27 passed, 0 failed, 1 skipped");
    }

    [Fact]
    public async Task RunAsync_WithArguments_IsUsageError()
    {
        (await new TestVerb(_repo.Context).RunAsync(["extra"], CancellationToken.None)).Should().Be(2);
    }

    private Task<int> Run() => new TestVerb(_repo.Context).RunAsync([], CancellationToken.None);

    private ProcessOutcome FakeDotnetTest(ProcessSpec spec)
    {
        if (spec.FileName != "dotnet" || spec.Arguments[0] != "test")
        {
            return new ProcessOutcome(0);
        }

        var project = Path.GetFileNameWithoutExtension(spec.Arguments[2]);
        var (exit, trx) = _testResults[project];
        if (trx is not null)
        {
            _repo.Write($"artifacts/test-results/{spec.Arguments[^1]}", trx);
        }

        return new ProcessOutcome(exit);
    }

    public void Dispose() => _repo.Dispose();
}
