using Hub.Identity;
using Hub.Messaging;
using Confluent.SchemaRegistry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Testing.Messaging;

/// <summary>
/// The hub side of a connector's tests on the shared stack: a schema registry process of their own (with a client to
/// decode what the connector published), an Avro publisher host standing in for the other connectors, and Redis.
/// </summary>
public sealed class ConnectorTestHub : IAsyncDisposable
{
    private readonly SchemaRegistryProcess _registry;
    private readonly IHost _publisher;

    private ConnectorTestHub(SchemaRegistryProcess registry, IHost publisher, ConnectionMultiplexer redis)
    {
        _registry = registry;
        _publisher = publisher;
        Registry = registry.CreateClient();
        Redis = redis;
    }

    public Uri RegistryAddress => _registry.BaseAddress;

    public CachedSchemaRegistryClient Registry { get; }

    public IEventPublisher Publisher => _publisher.Services.GetRequiredService<IEventPublisher>();

    public ConnectionMultiplexer Redis { get; }

    /// <summary>
    /// The cross-reference a connector started with <c>Identity__KeyPrefix=</c><paramref name="keyPrefix"/> writes to
    /// (contracts/ownership.yaml, this hub's Redis), for tests to seed or inspect.
    /// </summary>
    public CrossReferenceStore CrossReference(string keyPrefix) => new(
        Redis, IdentityConfiguration.Load(RepositoryRoot.Combine("contracts", "ownership.yaml")), Options.Create(new IdentityOptions { KeyPrefix = keyPrefix }), TimeProvider.System);

    /// <param name="name">The connector's name: in the registry's storage topic and the publisher's service name.</param>
    public static async Task<ConnectorTestHub> StartAsync(StackFixture stack, string name)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var registry = await SchemaRegistryProcess.StartReadyAsync(stack, name);
        try
        {
            var publisher = await TestHosts.StartAvroPublisherAsync(stack, registry.BaseAddress, $"{name}-it-publisher");
            return new ConnectorTestHub(registry, publisher, await ConnectionMultiplexer.ConnectAsync(stack.RedisConfiguration));
        }
        catch
        {
            await registry.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// How a connector fixture ends: stops <paramref name="processes"/> in the order given (a connector before its
    /// sandbox), skipping those never started, then <paramref name="hub"/>.
    /// </summary>
    public static async ValueTask StopAllAsync(ConnectorTestHub? hub, params ServiceProcess?[] processes)
    {
        ArgumentNullException.ThrowIfNull(processes);
        foreach (var process in processes)
        {
            if (process is not null)
            {
                await process.DisposeAsync();
            }
        }

        if (hub is not null)
        {
            await hub.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _publisher.StopAsync();
        _publisher.Dispose();
        Registry.Dispose();
        await Redis.DisposeAsync();
        await _registry.DisposeAsync();
    }
}
