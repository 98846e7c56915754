using Hub.DevStack;

namespace Hub.Benchmarks.Connectors;

/// <summary>
/// Further processes of one platform service with the same settings (so the same consumer groups), each on its own
/// loopback port: how a connector is scaled out. Stopped together when disposed.
/// </summary>
public sealed class ExtraInstances(BuildOutput build, PlatformService service, PlatformAddresses addresses) : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(90);
    private readonly List<DotnetServiceProcess> _started = [];

    /// <summary>Instances running, the platform's own included.</summary>
    public int Count => _started.Count + 1;

    public IReadOnlyDictionary<string, int> Processes => _started.ToDictionary(p => p.Name, p => p.ProcessId, StringComparer.Ordinal);

    public async Task AddAsync()
    {
        var process = DotnetServiceProcess.Start($"{service.Name}-{Count + 1}", build.Dll(service.Project), service.Settings(addresses), address: DotnetServiceProcess.LoopbackAddress());
        _started.Add(process);
        await process.WaitForAsync(service.ReadyPath, ReadyTimeout);
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_started.Select(p => p.DisposeAsync().AsTask()));
        _started.Clear();
    }
}
