using Hub.Testing;

namespace Hub.SchemaRegistry.IntegrationTests.Infrastructure;

/// <summary>The registry as its own process (<see cref="SchemaRegistryProcess"/>) with this project's HTTP helper attached.</summary>
internal sealed class RegistryProcess : IAsyncDisposable
{
    private readonly SchemaRegistryProcess _service;

    private RegistryProcess(SchemaRegistryProcess service)
    {
        _service = service;
        Client = new RegistryHttpClient(service.BaseAddress);
    }

    public RegistryHttpClient Client { get; }

    public string Output => _service.Output;

    public static RegistryProcess Start(string bootstrapServers, string topic, IReadOnlyDictionary<string, string>? settings = null) =>
        new(SchemaRegistryProcess.Start(bootstrapServers, topic, settings));

    public Task WaitUntilReadyAsync(TimeSpan? timeout = null) => _service.WaitUntilReadyAsync(timeout);

    public Task WaitUntilListeningAsync() => _service.WaitUntilListeningAsync();

    public Task<bool> IsReadyAsync() => _service.IsReadyAsync();

    public Task StopAsync() => _service.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _service.DisposeAsync();
        Client.Dispose();
    }
}
