using System.Diagnostics;
using Hub.Testing;

namespace Hub.Cli.IntegrationTests.Support;

/// <summary>Runs the built `hub` as an operator would: a separate process, its own exit code and output.</summary>
public static class HubCli
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    /// <summary>Runs hub with the scenario's endpoints and key prefix appended, and waits for it to exit.</summary>
    public static async Task<CliResult> RunAsync(CliScenario scenario, params string[] args) =>
        await RunRawAsync([.. args, "--bootstrap", scenario.Stack.BootstrapServers, "--redis", scenario.Stack.RedisConfiguration, "--redis-prefix", scenario.Namespace, "--as", "integration-test"]);

    public static Task<CliResult> RunRawAsync(IEnumerable<string> args) => RunProgramAsync("dotnet", [DllPath(), .. args]);

    /// <summary>Runs any program (an installed `hub`, `dotnet pack`) the same way: outside the repository, bounded in time.</summary>
    public static async Task<CliResult> RunProgramAsync(string fileName, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // Not the repository: a .devstack/stack.json there must not be what the CLI talks to.
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{fileName} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(Limit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not exit within {Limit}:{Environment.NewLine}{await output}{Environment.NewLine}{await error}");
        }

        return new CliResult(process.ExitCode, await output, await error);
    }

    /// <summary>The configuration the tests were built in (Debug under ./build.sh test), which the CLI was built in too.</summary>
    public static string Configuration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}release", StringComparison.OrdinalIgnoreCase) ? "Release" : "Debug";

    private static string DllPath()
    {
        var path = RepositoryRoot.Combine("artifacts", "bin", "Hub.Cli", Configuration.ToLowerInvariant(), "hub.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build Hub.Cli first; {path} is missing.");
    }
}
