namespace Hub.Build;

/// <summary>The repository paths the verbs rely on, in one place.</summary>
public sealed class RepoLayout(string root)
{
    public const string SolutionFileName = "Hub.slnx";
    public const string DevHostProject = "services/dev/Hub.DevHost/Hub.DevHost.csproj";
    public const string DemoProject = "tests/system/Hub.Demo";
    public const string BenchmarksProject = "tests/system/Hub.Benchmarks";
    public const string StateDirName = ".devstack";
    public const string ContractsGateProject = "services/tools/Hub.ContractsGate/Hub.ContractsGate.csproj";
    public const string ContractsDir = "contracts/avro";
    public const string CliProject = "services/tools/Hub.Cli/Hub.Cli.csproj";

    /// <summary>The local NuGet feed `tool` packs the CLI into, for `dotnet tool install --add-source`.</summary>
    public const string ToolFeedDir = "artifacts/tool-feed";

    public string Root { get; } = Path.GetFullPath(root);

    public string SolutionPath => Path.Combine(Root, SolutionFileName);

    public string TestsDir => Path.Combine(Root, "tests");

    public string TestResultsDir => Path.Combine(Root, "artifacts", "test-results");

    public string StateDir => Path.Combine(Root, StateDirName);

    public string StateFile => Path.Combine(StateDir, "stack.json");

    public string DevHostLog => Path.Combine(StateDir, "devhost.log");

    /// <summary>UseArtifactsOutput puts binaries under artifacts/bin/&lt;project&gt;/&lt;config in lower case&gt;/.</summary>
    public static string DevHostDll(string configuration) =>
        $"artifacts/bin/Hub.DevHost/{configuration.ToLowerInvariant()}/Hub.DevHost.dll";

    public static string ContractsGateDll(string configuration) =>
        $"artifacts/bin/Hub.ContractsGate/{configuration.ToLowerInvariant()}/Hub.ContractsGate.dll";

    public string Full(string relativePath) => Path.GetFullPath(Path.Combine(Root, relativePath));

    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    /// <summary>Walks up from <paramref name="start"/> to the folder holding global.json and the build program.</summary>
    public static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "global.json"))
                && File.Exists(Path.Combine(dir.FullName, "build", "Build.csproj")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
