using Confluent.SchemaRegistry;
using Hub.Serialization.Avro.Registry;

namespace Hub.Testing;

/// <summary>
/// The built registry service (services/platform/Hub.SchemaRegistry) as its own process on a free loopback port, storing
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

        return new SchemaRegistryProcess(ServiceProcess.StartDotnet("the schema registry", ServiceProcess.BuiltDll("Hub.SchemaRegistry"), environment));
    }

    /// <summary>A registry of the test's own on <paramref name="stack"/>: a new storage topic named after <paramref name="name"/>, started and ready.</summary>
    public static async Task<SchemaRegistryProcess> StartReadyAsync(StackFixture stack, string name)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var topic = stack.UniqueName($"_schemas-{name}");
        await stack.CreateTopicAsync(topic, 1);
        var registry = Start(stack.BootstrapServers, topic);
        try
        {
            await registry.WaitUntilReadyAsync();
            return registry;
        }
        catch
        {
            await registry.DisposeAsync();
            throw;
        }
    }

    /// <summary>Confluent's client of this registry as tests use it: one try per request, a short timeout.</summary>
    public CachedSchemaRegistryClient CreateClient() =>
        SchemaRegistryClients.Create(new SchemaRegistryOptions { Url = BaseAddress.ToString(), RequestTimeout = TimeSpan.FromSeconds(5) });

    /// <summary>Polls /health/ready until the service has read its topic to the end.</summary>
    public Task WaitUntilReadyAsync(TimeSpan? timeout = null) =>
        _service.WaitForAsync("/health/ready", "the registry to report ready", timeout ?? ReadyTimeout);

    /// <summary>Polls /health/live: the HTTP side is up, whatever the store's state.</summary>
    public Task WaitUntilListeningAsync() => _service.WaitForAsync("/health/live", "the registry to listen", ReadyTimeout);

    public Task<bool> IsReadyAsync() => _service.ProbeAsync("/health/ready");

    public Task StopAsync() => _service.StopAsync();

    public ValueTask DisposeAsync() => _service.DisposeAsync();
}
