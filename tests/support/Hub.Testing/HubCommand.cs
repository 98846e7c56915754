using System.Text;
using System.Text.Json;
using Hub.Identity;

namespace Hub.Testing;

/// <summary>
/// The operator's `hub` CLI run as a process against a test stack, as connector tests use it (`hub revert`,
/// `hub conflicts list`). The test project builds it first with a ProjectReference to Hub.Cli
/// (<c>ReferenceOutputAssembly="false"</c>).
/// </summary>
public static class HubCommand
{
    /// <summary>Runs hub with the stack's Kafka and Redis and the connectors' key prefix appended; returns its exit code and output.</summary>
    public static Task<(int ExitCode, string Output)> RunAsync(StackFixture stack, string redisPrefix, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(stack);
        string[] all = [DllPath, .. args,
            "--bootstrap", stack.BootstrapServers, "--redis", stack.RedisConfiguration, "--redis-prefix", redisPrefix, "--as", "connector-test"];
        // Not the repository as working directory: a .devstack/stack.json there must not be what the CLI talks to.
        return ExternalTool.RunAsync("dotnet", all, Path.GetTempPath());
    }

    /// <summary>The built CLI, in the configuration the tests were built in (Debug under ./build.sh test).</summary>
    public static string DllPath
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}release", StringComparison.OrdinalIgnoreCase) ? "release" : "debug";
            var path = RepositoryRoot.Combine("artifacts", "bin", "Hub.Cli", configuration, "hub.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException($"Build Hub.Cli first; {path} is missing.");
        }
    }

    /// <summary>`hub conflicts list --system <paramref name="system"/> -o json`: the pending conflicts it lists.</summary>
    public static async Task<List<ConflictRecord>> PendingConflictsAsync(StackFixture stack, string redisPrefix, string system)
    {
        var (exit, output) = await RunAsync(stack, redisPrefix, "conflicts", "list", "--system", system, "-o", "json");
        if (exit != 0)
        {
            throw new InvalidOperationException($"hub conflicts list exited with {exit}: {output}");
        }

        // The JSON document comes first; warnings (standard error) may follow it.
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(output));
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.GetProperty("conflicts").Deserialize<List<ConflictRecord>>(ConflictJsonSerializer.Options)!;
    }
}
