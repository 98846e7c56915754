using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Hub.DevStack;
using Xunit;

namespace Hub.Testing;

/// <summary>
/// A built ASP.NET Core service running as its own process (<c>dotnet &lt;dll&gt; --urls http://127.0.0.1:&lt;free port&gt;</c>),
/// stopped by this handle. Output is kept so failures and log assertions can show what the service said.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(15);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly HttpClient _probe;

    private ServiceProcess(string name, Process process, Uri baseAddress)
    {
        Name = name;
        _process = process;
        BaseAddress = baseAddress;
        _probe = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
    }

    public string Name { get; }

    /// <summary>The loopback address the service listens on.</summary>
    public Uri BaseAddress { get; }

    public string Output => string.Join(Environment.NewLine, _output);

    public bool HasExited => _process.HasExited;

    /// <param name="name">How to name the service in messages.</param>
    /// <param name="dll">The built service assembly.</param>
    /// <param name="environment">Configuration as environment variables (<c>Section__Key</c>).</param>
    public static ServiceProcess StartDotnet(string name, string dll, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{dll} is missing; build the solution first.", dll);
        }

        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot.Path,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(address.ToString().TrimEnd('/'));
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"dotnet did not start {name}");
        var service = new ServiceProcess(name, process, address);
        process.OutputDataReceived += (_, e) => service.Collect(e.Data);
        process.ErrorDataReceived += (_, e) => service.Collect(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    /// <summary>Polls <paramref name="path"/> until it answers 200; on timeout the message carries the service's output.</summary>
    public async Task WaitForAsync(string path, string what, TimeSpan timeout)
    {
        try
        {
            await Eventually.UntilAsync(() => ProbeAsync(path), what, timeout, cancellationToken: TestContext.Current.CancellationToken);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}{Environment.NewLine}{Name} output:{Environment.NewLine}{Output}", e);
        }
    }

    /// <summary>True when <paramref name="path"/> answers 200, false when it answers otherwise or not at all.</summary>
    /// <exception cref="InvalidOperationException">The process has exited: waiting longer would be pointless.</exception>
    public async Task<bool> ProbeAsync(string path)
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode}:{Environment.NewLine}{Output}");
        }

        try
        {
            using var response = await _probe.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !TestContext.Current.CancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }

    /// <summary>SIGTERM first, as a service manager would; a kill only if the graceful path hangs.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        ProcessSignals.Terminate(_process);
        using var grace = new CancellationTokenSource(StopGrace);
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

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _probe.Dispose();
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
