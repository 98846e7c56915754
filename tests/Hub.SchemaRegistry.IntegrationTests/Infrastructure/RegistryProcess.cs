using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Hub.Testing;

namespace Hub.SchemaRegistry.IntegrationTests.Infrastructure;

/// <summary>
/// The built registry service running as its own process on a free loopback port, stopped by this handle.
/// Output is kept so failures and log assertions can show what the service said.
/// </summary>
internal sealed class RegistryProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private RegistryProcess(Process process, Uri address)
    {
        _process = process;
        Client = new RegistryHttpClient(address);
    }

    public RegistryHttpClient Client { get; }

    public string Output => string.Join(Environment.NewLine, _output);

    public static RegistryProcess Start(string bootstrapServers, string topic, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot.Path,
        };
        info.ArgumentList.Add(ServiceDll());
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        info.Environment["Kafka__BootstrapServers"] = bootstrapServers;
        info.Environment["SchemaRegistry__Topic"] = topic;
        info.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var registry = new RegistryProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => registry.Collect(e.Data);
        process.ErrorDataReceived += (_, e) => registry.Collect(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return registry;
    }

    /// <summary>Polls /health/ready until the service has read its topic to the end.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan? timeout = null)
    {
        try
        {
            await Eventually.UntilAsync(IsReadyAsync, "the registry to report ready", timeout ?? TimeSpan.FromSeconds(60),
                cancellationToken: TestContext.Current.CancellationToken);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}{Environment.NewLine}Service output:{Environment.NewLine}{Output}", e);
        }
    }

    /// <summary>Polls /health/live: the HTTP side is up, whatever the store's state.</summary>
    public Task WaitUntilListeningAsync() =>
        Eventually.UntilAsync(() => ProbeAsync("/health/live"), "the registry to listen", TimeSpan.FromSeconds(60),
            cancellationToken: TestContext.Current.CancellationToken);

    public Task<bool> IsReadyAsync() => ProbeAsync("/health/ready");

    private async Task<bool> ProbeAsync(string path)
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"The registry exited with code {_process.ExitCode}:{Environment.NewLine}{Output}");
        }

        try
        {
            return (await Client.GetAsync(path)).Status == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM first, as a service manager would; the graceful path must not hang either.
            ProcessSignals.Terminate(_process);
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Client.Dispose();
        _process.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private static string ServiceDll()
    {
        var built = RepositoryRoot.Combine("artifacts", "bin", "Hub.SchemaRegistry", "debug", "Hub.SchemaRegistry.dll");
        return File.Exists(built) ? built : Path.Combine(AppContext.BaseDirectory, "Hub.SchemaRegistry.dll");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
