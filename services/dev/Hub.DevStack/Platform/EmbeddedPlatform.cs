using Hub.Topics;

namespace Hub.DevStack;

/// <summary>
/// The platform on the embedded default, as the demo and the connector benchmark run it: the embedded stack (mock
/// Kafka with the declared topics, redis-server), the schema registry and the chosen platform services, each its own
/// process. Disposing stops them in reverse order.
/// </summary>
public sealed class EmbeddedPlatform : IAsyncDisposable
{
    private const string RegistryName = "schema-registry";
    private static readonly TimeSpan RegistryReadyTimeout = TimeSpan.FromSeconds(60);

    private EmbeddedPlatform(DevStack stack, DotnetServiceProcess registry, PlatformProcesses services)
    {
        Stack = stack;
        Registry = registry;
        Services = services;
    }

    public DevStack Stack { get; }

    public DotnetServiceProcess Registry { get; }

    public PlatformProcesses Services { get; }

    public PlatformAddresses Addresses => Services.Addresses;

    /// <param name="settings">The services' settings, from the started stack and the registry's address.</param>
    /// <param name="include">Which of <see cref="HubPlatform.Services"/> to start (all when null).</param>
    public static async Task<EmbeddedPlatform> StartAsync(
        BuildOutput build,
        Func<DevStack, Uri, HubPlatformSettings> settings,
        TextWriter output,
        Func<PlatformService, bool>? include = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("Starting the embedded stack (mock Kafka cluster with the declared topics, redis-server) ...");
        var stack = await DevStack.StartAsync(new DevStackOptions { Topics = TopicCatalog.Load(build.TopicsFile) }, cancellationToken).ConfigureAwait(false);
        DotnetServiceProcess? registry = null;
        try
        {
            output.WriteLine("Starting the schema registry ...");
            registry = DotnetServiceProcess.Start(RegistryName, build.Dll("Hub.SchemaRegistry"), new Dictionary<string, string>
            {
                ["Kafka__BootstrapServers"] = stack.BootstrapServers,
                ["Logging__LogLevel__Default"] = "Warning",
            });
            await registry.WaitForAsync("/health/ready", RegistryReadyTimeout, cancellationToken).ConfigureAwait(false);

            var chosen = HubPlatform.Services(settings(stack, registry.BaseAddress)).Where(include ?? (_ => true)).ToList();
            output.WriteLine($"Starting {chosen.Count} platform services, each its own process: {string.Join(", ", chosen.Select(s => s.Name))} ...");
            var services = await PlatformProcesses.StartAsync(build.Binaries, build.Configuration, chosen, cancellationToken).ConfigureAwait(false);
            return new EmbeddedPlatform(stack, registry, services);
        }
        catch
        {
            if (registry is not null)
            {
                await registry.DisposeAsync().ConfigureAwait(false);
            }

            await stack.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync().ConfigureAwait(false);
        await Registry.DisposeAsync().ConfigureAwait(false);
        await Stack.DisposeAsync().ConfigureAwait(false);
    }
}
