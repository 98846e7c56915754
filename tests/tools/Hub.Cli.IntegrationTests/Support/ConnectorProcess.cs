using System.Collections.Concurrent;
using System.Diagnostics;
using Hub.DevStack;
using Hub.Testing;

namespace Hub.Cli.IntegrationTests.Support;

/// <summary>
/// tests/support/Hub.Messaging.TestApp as the running connector: the platform pipeline with a recording handler whose effects
/// are in Redis. Stopped by the test through this handle.
/// </summary>
public sealed class ConnectorProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ConnectorProcess(Process process)
    {
        _process = process;
    }

    public string Output => string.Join(Environment.NewLine, _output);

    /// <param name="settings">Extra configuration, e.g. Subscriptions__main__Retry__RetryTopicAttempts.</param>
    public static ConnectorProcess Start(CliScenario scenario, IReadOnlyDictionary<string, string>? settings = null)
    {
        var info = new ProcessStartInfo("dotnet", [Hub.Testing.Messaging.TestAppProcess.AppPath()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var environment = new Dictionary<string, string>
        {
            ["Kafka__BootstrapServers"] = scenario.Stack.BootstrapServers,
            ["Kafka__ServiceName"] = "cli-integration-tests",
            ["Redis__Configuration"] = scenario.Stack.RedisConfiguration,
            ["Redis__KeyPrefix"] = scenario.Namespace,
            ["TestApp__Namespace"] = scenario.Namespace,
            ["Subscriptions__main__Topics__0"] = scenario.Topic,
            ["Subscriptions__main__GroupId"] = scenario.Group,
            ["Subscriptions__main__MaxBatchSize"] = "10",
            ["Subscriptions__main__CircuitBreaker__Enabled"] = "false",
            ["Subscriptions__main__Retry__InProcessBaseDelay"] = "00:00:00.005",
            ["Subscriptions__main__Retry__InProcessMaxDelay"] = "00:00:00.020",
            ["Subscriptions__main__Retry__RetryTopicBaseDelay"] = "00:00:00.200",
            ["Subscriptions__main__Retry__RetryTopicMaxDelay"] = "00:00:01",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start the TestApp");
        var connector = new ConnectorProcess(process);
        process.OutputDataReceived += (_, e) => connector.Collect(e.Data);
        process.ErrorDataReceived += (_, e) => connector.Collect(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return connector;
    }

    /// <summary>kill -9: no revoke, no commit, no goodbye to the group or the heartbeats.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await ProcessSignals.StopAsync(_process, TimeSpan.FromSeconds(15));
        _process.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }
}
