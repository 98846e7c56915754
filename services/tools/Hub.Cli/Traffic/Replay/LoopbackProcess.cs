using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Hub.Cli.Traffic.Replay;

/// <summary>
/// A service build (a connector or a sandbox dll) that `hub capture replay` runs: <c>dotnet {dll}</c> from the dll's
/// folder (so its appsettings.json and mapping files are found), listening on a free 127.0.0.1 port only, with its
/// settings as environment variables; ready when it answers 200 on a path. Disposing stops it and its children.
/// </summary>
public sealed class LoopbackProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private LoopbackProcess(string name, Process process, Uri address)
    {
        Name = name;
        _process = process;
        Address = address;
    }

    public string Name { get; }

    public Uri Address { get; }

    /// <summary>The last of what it wrote, for the message when it fails.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                var text = _output.ToString();
                return text.Length > 4000 ? text[^4000..] : text;
            }
        }
    }

    public static LoopbackProcess Start(string name, string dll, IReadOnlyDictionary<string, string> settings)
    {
        var dllPath = Path.GetFullPath(dll);
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dllPath)!,
        };
        info.ArgumentList.Add(dllPath);
        // Both: ASPNETCORE_URLS for the host, Urls for an app whose own configuration names other addresses.
        info.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
        info.Environment["Urls"] = address.ToString().TrimEnd('/');
        info.Environment["ASPNETCORE_CONTENTROOT"] = info.WorkingDirectory;
        foreach (var (key, value) in settings)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"{name} did not start");
        var started = new LoopbackProcess(name, process, address);
        process.OutputDataReceived += (_, e) => started.Append(e.Data);
        process.ErrorDataReceived += (_, e) => started.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>Polls <paramref name="path"/> until it answers 200; fails when the process exits or the time is up.</summary>
    public async Task WaitReadyAsync(string path, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} before it was ready:{Environment.NewLine}{Output}");
            }

            try
            {
                using var response = await client.GetAsync(path, cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false);
        }

        throw new TimeoutException($"{Name} did not answer 200 on {path} within {timeout}:{Environment.NewLine}{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
