using System.Diagnostics;

namespace Hub.Testing;

/// <summary>
/// The operator's `hub` CLI run as a process against a test stack, as connector tests use it (`hub revert`,
/// `hub conflicts list`). The test project builds it first with a ProjectReference to Hub.Cli
/// (<c>ReferenceOutputAssembly="false"</c>).
/// </summary>
public static class HubCommand
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    /// <summary>Runs hub with the stack's Kafka and Redis and the connector's key prefix appended; returns its exit code, standard output and error.</summary>
    public static async Task<(int Exit, string Output, string Error)> RunAsync(StackFixture stack, string redisPrefix, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}release", StringComparison.OrdinalIgnoreCase) ? "release" : "debug";
        // Not the repository as working directory: a .devstack/stack.json there must not be what the CLI talks to.
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Path.GetTempPath() };
        string[] all = [RepositoryRoot.Combine("artifacts", "bin", "Hub.Cli", configuration, "hub.dll"), .. args,
            "--bootstrap", stack.BootstrapServers, "--redis", stack.RedisConfiguration, "--redis-prefix", redisPrefix, "--as", "connector-test"];
        foreach (var arg in all)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("hub did not start");
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
            throw new TimeoutException($"hub {string.Join(' ', args)} did not exit within {Limit}");
        }

        return (process.ExitCode, await output, await error);
    }
}
