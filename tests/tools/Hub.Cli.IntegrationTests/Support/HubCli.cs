using Hub.DevStack;
using Hub.Testing;

namespace Hub.Cli.IntegrationTests.Support;

/// <summary>Runs the built `hub` as an operator would: a separate process, its own exit code and output.</summary>
public static class HubCli
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    /// <summary>Runs hub with the scenario's endpoints and key prefix appended, and waits for it to exit.</summary>
    public static async Task<CliResult> RunAsync(CliScenario scenario, params string[] args) =>
        await RunRawAsync([.. args, "--bootstrap", scenario.Stack.BootstrapServers, "--redis", scenario.Stack.RedisConfiguration, "--redis-prefix", scenario.Namespace, "--as", "integration-test"]);

    public static Task<CliResult> RunRawAsync(IEnumerable<string> args) => RunProgramAsync("dotnet", [HubCommand.DllPath, .. args]);

    /// <summary>
    /// Runs any program (an installed `hub`, `dotnet pack`) the same way: bounded in time, and outside the repository,
    /// where a .devstack/stack.json must not be what the CLI talks to.
    /// </summary>
    public static Task<CliResult> RunProgramAsync(string fileName, IEnumerable<string> args) =>
        CommandRun.RunAsync(fileName, args, Path.GetTempPath(), Limit, TestContext.Current.CancellationToken);

    /// <summary>The configuration the tests were built in (Debug under ./build.sh test), which the CLI was built in too.</summary>
    public static string Configuration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}release", StringComparison.OrdinalIgnoreCase) ? "Release" : "Debug";
}
