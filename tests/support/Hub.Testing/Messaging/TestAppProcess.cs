using System.Collections.Concurrent;
using System.Diagnostics;

namespace Hub.Testing.Messaging;

/// <summary>The TestApp consumer as a real separate process, stopped (or killed) by the test through its own handle.</summary>
public sealed class TestAppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private TestAppProcess(Process process)
    {
        _process = process;
    }

    public bool HasExited => _process.HasExited;

    public int ProcessId => _process.Id;

    public string Output => string.Join(Environment.NewLine, _output);

    /// <param name="settings">Further configuration as environment variables (<c>Section__Key</c>), applied last.</param>
    public static TestAppProcess Start(Scenario scenario, int handlerDelayMs = 0, int maxBatchSize = 100, IReadOnlyDictionary<string, string>? settings = null)
    {
        var info = new ProcessStartInfo("dotnet", [AppPath()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in TestHosts.Configuration(scenario))
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        info.Environment["Subscriptions__main__Topics__0"] = scenario.Topic;
        info.Environment["Subscriptions__main__GroupId"] = scenario.Group;
        info.Environment["Subscriptions__main__MaxBatchSize"] = maxBatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["TestApp__HandlerDelayMs"] = handlerDelayMs.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var app = new TestAppProcess(process);
        process.OutputDataReceived += (_, e) => app.Collect(e.Data);
        process.ErrorDataReceived += (_, e) => app.Collect(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flush, no commit; the crash the recovery model must survive.</summary>
    public async Task KillHardAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    /// <summary>The built test app of this test run's configuration (debug or release).</summary>
    public static string AppPath()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}release", StringComparison.OrdinalIgnoreCase) ? "release" : "debug";
        var path = RepositoryRoot.Combine("artifacts", "bin", "Hub.Messaging.TestApp", configuration, "Hub.Messaging.TestApp.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build Hub.Messaging.TestApp first; {path} is missing.");
    }

    private void Collect(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }
}
