using Hub.DevStack;
using Xunit;

namespace Hub.Testing;

/// <summary>
/// A built ASP.NET Core service running as its own process on a free loopback port, stopped by this handle: the
/// shared <see cref="DotnetServiceProcess"/> with the test's cancellation token and the repository as working folder.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly DotnetServiceProcess _service;

    private ServiceProcess(DotnetServiceProcess service)
    {
        _service = service;
    }

    public string Name => _service.Name;

    /// <summary>The loopback address the service listens on.</summary>
    public Uri BaseAddress => _service.BaseAddress;

    public string Output => _service.Output;

    public bool HasExited => _service.HasExited;

    /// <summary>The exit code once the process has exited (by itself or killed); null while it runs.</summary>
    public int? ExitCode => _service.ExitCode;

    public int ProcessId => _service.ProcessId;

    /// <param name="name">How to name the service in messages.</param>
    /// <param name="dll">The built service assembly.</param>
    /// <param name="environment">Configuration as environment variables (<c>Section__Key</c>).</param>
    /// <param name="address">Where to listen; a free loopback port when null (a restarted service passes its old address).</param>
    public static ServiceProcess StartDotnet(string name, string dll, IReadOnlyDictionary<string, string> environment, Uri? address = null) =>
        new(DotnetServiceProcess.Start(name, dll, environment, RepositoryRoot.Path, address));

    /// <summary>
    /// The built assembly of a service project: the solution build's output, else next to the test assembly (test
    /// projects that reference the service find it there).
    /// </summary>
    public static string BuiltDll(string project)
    {
        var built = RepositoryRoot.Combine("artifacts", "bin", project, "debug", project + ".dll");
        return File.Exists(built) ? built : Path.Combine(AppContext.BaseDirectory, project + ".dll");
    }

    /// <summary>Polls <paramref name="path"/> until it answers 200; on timeout the message carries the service's output.</summary>
    public async Task WaitForAsync(string path, string what, TimeSpan timeout)
    {
        try
        {
            await _service.WaitForAsync(path, timeout, TestContext.Current.CancellationToken);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"Waiting for {what}: {e.Message}", e);
        }
    }

    /// <summary>True when <paramref name="path"/> answers 200, false when it answers otherwise or not at all.</summary>
    public Task<bool> ProbeAsync(string path) => _service.ProbeAsync(path, TestContext.Current.CancellationToken);

    /// <summary>SIGTERM first, as a service manager would; a kill only if the graceful path hangs.</summary>
    public Task StopAsync() => _service.StopAsync();

    /// <summary>kill -9.</summary>
    public void Kill() => _service.Kill();

    public ValueTask DisposeAsync() => _service.DisposeAsync();
}
