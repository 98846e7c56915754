using System.Xml;
using Hub.Build.Processes;
using Hub.Build.Steps;
using Hub.Build.Testing;

namespace Hub.Build.Verbs;

/// <summary>
/// Restore, build with warnings as errors, run the contracts gate, make sure redis-server exists (and try to install
/// the deployment tools), run every test project, summarise.
/// </summary>
public sealed class TestVerb(BuildContext context) : IVerb
{
    /// <summary>Commands the deployment and observability tests use, and their Debian packages; optional (tests skip).</summary>
    public static readonly IReadOnlyList<(string Command, string Package)> DeployTools =
    [
        ("promtool", "prometheus"),
        ("yamllint", "yamllint"),
        ("kubectl", "kubectl"),
    ];

    // Microsoft.Testing.Platform exit codes: 2 = some test failed, 8 = the module ran zero tests.
    private const int TestsFailedExitCode = 2;
    private const int ZeroTestsExitCode = 8;

    private DotnetCommands Dotnet => new(context.Layout);

    public string Name => "test";

    public string Usage => "test";

    public string Summary => "restore, build (-warnaserror), contracts gate, all unit then integration tests, summary";

    /// <summary>A hung project must not eat the whole CI budget; it is killed and reported instead.</summary>
    public TimeSpan ProjectTimeout { get; init; } = TimeSpan.FromMinutes(25);

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (args.Count > 0)
        {
            context.Error.WriteLine($"error: 'test' takes no arguments (got '{string.Join(' ', args)}').");
            return ExitCodes.Usage;
        }

        if (!await context.RunStepAsync("restore", Dotnet.Restore(), cancellationToken)
            || !await context.RunStepAsync("build", Dotnet.BuildSolution("Debug", restore: false), cancellationToken)
            || !await context.RunStepAsync("contracts gate", Dotnet.ContractsGate("Debug", []), cancellationToken)
            || !await new AptInstaller(context).EnsureAsync("redis-server", "redis-server", cancellationToken))
        {
            return ExitCodes.Failure;
        }

        foreach (var (command, package) in DeployTools)
        {
            await new AptInstaller(context).EnsureAsync(command, package, cancellationToken, optional: true);
        }

        var projects = TestProjectFinder.Find(context.Layout.TestsDir);
        if (projects.Count == 0)
        {
            context.Error.WriteLine("error: no test projects (tests/**/*UnitTests.csproj, *IntegrationTests.csproj) found.");
            return ExitCodes.Failure;
        }

        var inSolution = SolutionFile.ReadProjectPaths(context.Layout.SolutionPath);
        Directory.CreateDirectory(context.Layout.TestResultsDir);
        var runs = new List<ProjectTestRun>();
        foreach (var project in projects)
        {
            var name = Path.GetFileNameWithoutExtension(project);
            runs.Add(await RunProjectAsync(project, name, name + ".trx", inSolution, DefaultRun, cancellationToken));
            foreach (var rerun in TestRerun.For(name))
            {
                runs.Add(await RunProjectAsync(project, rerun.Label(name), rerun.TrxFile(name), inSolution, rerun, cancellationToken));
            }
        }

        context.Header("summary");
        context.Out.Write(TestSummaryFormatter.Format(runs));
        return TestSummaryFormatter.IsSuccess(runs) ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static readonly TestRerun DefaultRun = new("default", new Dictionary<string, string>(), []);

    /// <param name="name">The project's name in headers and the summary, with a suffix such as " [classic]" for a rerun.</param>
    /// <param name="settings">The run's environment and filter (none for the default run).</param>
    private async Task<ProjectTestRun> RunProjectAsync(
        string projectPath, string name, string trxFile, IReadOnlySet<string> inSolution, TestRerun settings, CancellationToken cancellationToken)
    {
        var relative = context.Layout.Relative(projectPath);
        context.Header($"tests: {name}");
        if (!inSolution.Contains(relative))
        {
            var reason = $"{relative} is not listed in {RepoLayout.SolutionFileName}, so it was not built";
            context.Error.WriteLine($"error: {reason}.");
            return ProjectTestRun.NotRun(name, reason);
        }

        // A report left over from an earlier run must not stand in for a project that failed to write one.
        var trxPath = Path.Combine(context.Layout.TestResultsDir, trxFile);
        File.Delete(trxPath);

        var outcome = await context.Runner.RunAsync(Dotnet.Test(relative, trxFile, settings.FilterArguments) with { Environment = settings.Environment }, ProjectTimeout, cancellationToken);
        if (outcome.TimedOut)
        {
            return ProjectTestRun.NotRun(name, $"timed out after {ProjectTimeout.TotalMinutes:0} min and was killed");
        }

        if (!File.Exists(trxPath))
        {
            return ProjectTestRun.NotRun(name, $"exit code {outcome.ExitCode} and no TRX report");
        }

        IReadOnlyList<TestCaseResult> results;
        try
        {
            results = TrxParser.ParseFile(trxPath);
        }
        catch (XmlException e)
        {
            return ProjectTestRun.NotRun(name, $"unreadable TRX report: {e.Message}");
        }

        var run = new ProjectTestRun(name, results, null);
        var explained = outcome.ExitCode switch
        {
            0 => true,
            TestsFailedExitCode => run.Failed > 0,
            ZeroTestsExitCode => run.Passed == 0 && run.Failed == 0,
            _ => false,
        };
        return explained ? run : run with { RunError = $"exit code {outcome.ExitCode}" };
    }
}
