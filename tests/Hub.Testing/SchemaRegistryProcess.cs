namespace Hub.Testing;

/// <summary>
/// The built registry service (services/Hub.SchemaRegistry) as its own process on a free loopback port, storing
/// its state in <c>topic</c> on the given cluster; stopped by this handle.
/// </summary>
public sealed class SchemaRegistryProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private readonly ServiceProcess _service;

    private SchemaRegistryProcess(ServiceProcess service)
    {
        _service = service;
    }

    public Uri BaseAddress => _service.BaseAddress;

    public string Output => _service.Output;

    /// <param name="settings">Further configuration as environment variables, e.g. <c>SchemaRegistry__InitTimeout</c>.</param>
    public static SchemaRegistryProcess Start(string bootstrapServers, string topic, IReadOnlyDictionary<string, string>? settings = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["Kafka__BootstrapServers"] = bootstrapServers,
            ["SchemaRegistry__Topic"] = topic,
            ["Logging__Console__FormatterName"] = "simple",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        return new SchemaRegistryProcess(ServiceProcess.StartDotnet("the schema registry", ServiceDll(), environment));
    }

    /// <summary>Polls /health/ready until the service has read its topic to the end.</summary>
    public Task WaitUntilReadyAsync(TimeSpan? timeout = null) =>
        _service.WaitForAsync("/health/ready", "the registry to report ready", timeout ?? ReadyTimeout);

    /// <summary>Polls /health/live: the HTTP side is up, whatever the store's state.</summary>
    public Task WaitUntilListeningAsync() => _service.WaitForAsync("/health/live", "the registry to listen", ReadyTimeout);

    public Task<bool> IsReadyAsync() => _service.ProbeAsync("/health/ready");

    public Task StopAsync() => _service.StopAsync();

    public ValueTask DisposeAsync() => _service.DisposeAsync();

    /// <summary>The solution build's output; test projects that reference the service also find it next to themselves.</summary>
    private static string ServiceDll()
    {
        var built = RepositoryRoot.Combine("artifacts", "bin", "Hub.SchemaRegistry", "debug", "Hub.SchemaRegistry.dll");
        return File.Exists(built) ? built : Path.Combine(AppContext.BaseDirectory, "Hub.SchemaRegistry.dll");
    }
}
