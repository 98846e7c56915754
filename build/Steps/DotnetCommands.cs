using Hub.Build.Processes;

namespace Hub.Build.Steps;

/// <summary>The dotnet command lines the verbs run, built in one place so tests can pin them down.</summary>
public sealed class DotnetCommands(RepoLayout layout)
{
    public ProcessSpec Restore() => Dotnet("restore", RepoLayout.SolutionFileName);

    /// <summary>
    /// -warnaserror also covers MSBuild and NuGet warnings that TreatWarningsAsErrors does not; node reuse is off
    /// so no idle MSBuild worker outlives the build program.
    /// </summary>
    public ProcessSpec BuildSolution(string configuration, bool restore) => Dotnet(
        [
            "build", RepoLayout.SolutionFileName, .. restore ? Array.Empty<string>() : ["--no-restore"],
            "-warnaserror", "-c", configuration, "-nodeReuse:false",
        ]);

    public ProcessSpec BuildProject(string project, string configuration) =>
        Dotnet("build", project, "-warnaserror", "-c", configuration, "-nodeReuse:false");

    /// <param name="filterArguments">xunit filter options (e.g. <c>--filter-class *Name</c>), empty for all tests.</param>
    public ProcessSpec Test(string project, string trxFileName, IReadOnlyList<string>? filterArguments = null) => Dotnet(
        [
            "test", "--project", project, "--no-build", .. filterArguments ?? [],
            "--results-directory", layout.Relative(layout.TestResultsDir),
            "--report-xunit-trx", "--report-xunit-trx-filename", trxFileName,
        ]);

    /// <summary>Packs the CLI as a .NET tool package into the local feed.</summary>
    public ProcessSpec PackTool(string configuration) =>
        Dotnet("pack", RepoLayout.CliProject, "-warnaserror", "-c", configuration, "-nodeReuse:false", "-o", RepoLayout.ToolFeedDir);

    public ProcessSpec Run(string project, string configuration, IEnumerable<string> args) =>
        Dotnet(["run", "--project", project, "-c", configuration, "--", .. args]);

    /// <summary>
    /// The built gate, not `dotnet run`: it runs right after the solution build, so building it again would only
    /// cost time. Without a --contracts of the caller's it checks the repository's contracts folder.
    /// </summary>
    public ProcessSpec ContractsGate(string configuration, IReadOnlyList<string> args) => Dotnet(
        [
            RepoLayout.ContractsGateDll(configuration),
            .. args.Contains("--contracts") ? Array.Empty<string>() : ["--contracts", RepoLayout.ContractsDir],
            .. args,
        ]);

    private ProcessSpec Dotnet(params string[] args) => new("dotnet", args, layout.Root);
}
