using System.Diagnostics;
using System.Net.Sockets;
using Hub.DevStack;

namespace Hub.Demo;

/// <summary>The Schema Registry service as its own process, as every environment runs it.</summary>
public sealed class RegistryProcess : IAsyncDisposable
{
    private readonly Process _process;

    private RegistryProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<RegistryProcess> StartAsync(string repositoryRoot, string bootstrapServers, CancellationToken cancellationToken)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}release", StringComparison.OrdinalIgnoreCase) ? "release" : "debug";
        var dll = Path.Combine(repositoryRoot, "artifacts", "bin", "Hub.SchemaRegistry", configuration, "Hub.SchemaRegistry.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{dll} is missing; build the solution first (./build.sh demo does).");
        }

        var url = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var info = new ProcessStartInfo("dotnet", [dll, "--urls", url.ToString()]) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["Kafka__BootstrapServers"] = bootstrapServers;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the schema registry.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var registry = new RegistryProcess(process, url);
        await registry.WaitUntilReadyAsync(cancellationToken);
        return registry;
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

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The schema registry exited with code {_process.ExitCode} during start-up.");
            }

            try
            {
                if ((await http.GetAsync(new Uri("/health/ready", UriKind.Relative), cancellationToken)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or SocketException)
            {
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new TimeoutException("The schema registry did not become ready within 60 s.");
    }
}
