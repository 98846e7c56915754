namespace Hub.DevStack;

/// <summary>
/// Starts a set of platform services as processes (addresses first, so they can name each other), waits until each
/// is ready, and stops them all, in reverse order, when disposed.
/// </summary>
public sealed class PlatformProcesses : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(90);

    private readonly List<DotnetServiceProcess> _started = [];

    private PlatformProcesses(PlatformAddresses addresses)
    {
        Addresses = addresses;
    }

    public PlatformAddresses Addresses { get; }

    public IReadOnlyList<DotnetServiceProcess> Services => _started;

    public DotnetServiceProcess this[string name] => _started.FirstOrDefault(s => s.Name == name)
        ?? throw new KeyNotFoundException($"No started service named '{name}'.");

    /// <param name="binaries">artifacts/bin of the build, holding one folder per project.</param>
    public static async Task<PlatformProcesses> StartAsync(
        string binaries, string configuration, IReadOnlyList<PlatformService> services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var addresses = new PlatformAddresses(services.ToDictionary(s => s.Name, _ => DotnetServiceProcess.LoopbackAddress(), StringComparer.Ordinal));
        var platform = new PlatformProcesses(addresses);
        try
        {
            foreach (var service in services)
            {
                var dll = Path.Combine(binaries, service.Project, configuration, service.Project + ".dll");
                platform._started.Add(DotnetServiceProcess.Start(service.Name, dll, service.Settings(addresses), address: addresses[service.Name]));
            }

            await Task.WhenAll(services.Select(s => platform[s.Name].WaitForAsync(s.ReadyPath, ReadyTimeout, cancellationToken))).ConfigureAwait(false);
            return platform;
        }
        catch
        {
            await platform.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // In parallel: each stop may wait out a graceful shutdown, and ten in a row would take minutes.
        await Task.WhenAll(_started.Select(s => s.DisposeAsync().AsTask())).ConfigureAwait(false);
        _started.Clear();
    }
}
