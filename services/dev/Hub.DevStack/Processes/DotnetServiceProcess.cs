using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Hub.DevStack;

/// <summary>
/// A built Hub service (<c>dotnet &lt;dll&gt; --urls http://127.0.0.1:&lt;free port&gt;</c>) as its own process, stopped
/// by this handle: SIGTERM first, a kill only when the graceful path hangs. Its output is kept (bounded) so start-up
/// failures can show what the service said. Used by the demo, the dev host and the tests alike.
/// </summary>
public sealed class DotnetServiceProcess : IAsyncDisposable
{
    private const int OutputLines = 5000;
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(15);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly HttpClient _probe;

    private DotnetServiceProcess(string name, Process process, Uri baseAddress)
    {
        Name = name;
        _process = process;
        BaseAddress = baseAddress;
        _probe = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    public string Output => string.Join(Environment.NewLine, _output);

    public bool HasExited => _process.HasExited;

    /// <summary>The exit code once the process has exited; null while it runs.</summary>
    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    public int ProcessId => _process.Id;

    /// <param name="environment">Configuration as environment variables (<c>Section__Key</c>).</param>
    /// <param name="workingDirectory">Where relative paths in the configuration resolve.</param>
    /// <param name="address">Where to listen (http://127.0.0.1:port); a free port when null. Services that call each
    /// other (a sandbox sending webhooks to its connector) get their addresses chosen before either starts.</param>
    public static DotnetServiceProcess Start(string name, string dll, IReadOnlyDictionary<string, string> environment, string? workingDirectory = null, Uri? address = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{dll} is missing; build the solution first.", dll);
        }

        address ??= LoopbackAddress();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(dll)!,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(address.ToString().TrimEnd('/'));
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"dotnet did not start {name}");
        var service = new DotnetServiceProcess(name, process, address);
        process.OutputDataReceived += (_, e) => service.Collect(e.Data);
        process.ErrorDataReceived += (_, e) => service.Collect(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    /// <summary>http://127.0.0.1 on a port that is free now.</summary>
    public static Uri LoopbackAddress() => new($"http://127.0.0.1:{FreePort.Next()}");

    /// <summary>Polls <paramref name="path"/> until it answers 200; on timeout the message carries the service's output.</summary>
    public async Task WaitForAsync(string path, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = Stopwatch.StartNew();
        while (!await ProbeAsync(path, cancellationToken).ConfigureAwait(false))
        {
            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"{Name} did not answer 200 on {path} within {timeout.TotalSeconds:0} s.{Environment.NewLine}{Name} output:{Environment.NewLine}{Output}");
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>True when <paramref name="path"/> answers 200, false when it answers otherwise or not at all.</summary>
    /// <exception cref="InvalidOperationException">The process has exited: waiting longer would be pointless.</exception>
    public async Task<bool> ProbeAsync(string path, CancellationToken cancellationToken = default)
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode}:{Environment.NewLine}{Output}");
        }

        try
        {
            using var response = await _probe.GetAsync(new Uri(path, UriKind.Relative), cancellationToken).ConfigureAwait(false);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }

    /// <summary>SIGTERM first, as a service manager would; a kill only if the graceful path hangs.</summary>
    public Task StopAsync() => ProcessSignals.StopAsync(_process, StopGrace);

    /// <summary>kill -9: no graceful shutdown, as a crash or an OOM kill looks.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _probe.Dispose();
        _process.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > OutputLines && _output.TryDequeue(out _))
        {
        }
    }
}
