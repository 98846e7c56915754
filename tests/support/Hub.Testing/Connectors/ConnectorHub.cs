using Confluent.SchemaRegistry;
using Hub.Identity;
using Hub.Messaging;
using Hub.Messaging.Serialization;
using Hub.Testing.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Testing.Connectors;

/// <summary>
/// The hub side of a connector's tests on the shared stack: a schema registry process of their own (with a client to
/// decode what the connector published), an Avro publisher host standing in for the other connectors, and Redis.
/// Started once per test class or collection; the <see cref="ConnectorStack"/>s of its tests borrow it.
/// </summary>
public sealed class ConnectorHub : IAsyncDisposable
{
    private readonly SchemaRegistryProcess _registry;
    private readonly IHost _publisher;

    private ConnectorHub(StackFixture stack, SchemaRegistryProcess registry, IHost publisher, ConnectionMultiplexer redis)
    {
        Stack = stack;
        _registry = registry;
        _publisher = publisher;
        Registry = registry.CreateClient();
        Redis = redis;
    }

    /// <summary>The assembly's Kafka and Redis.</summary>
    public StackFixture Stack { get; }

    public Uri RegistryAddress => _registry.BaseAddress;

    public CachedSchemaRegistryClient Registry { get; }

    public IEventPublisher Publisher => _publisher.Services.GetRequiredService<IEventPublisher>();

    public ConnectionMultiplexer Redis { get; }

    /// <summary>The registry's own output, for failure messages.</summary>
    public string RegistryOutput => _registry.Output;

    /// <summary>The Avro deserializer of the publisher host: decodes what a connector published through this registry.</summary>
    public IEventDeserializer<TEvent> Deserializer<TEvent>() => _publisher.Services.GetRequiredService<IEventDeserializer<TEvent>>();

    /// <summary>
    /// The cross-reference a connector started with <c>Identity__KeyPrefix=</c><paramref name="keyPrefix"/> writes to
    /// (contracts/ownership.yaml, this hub's Redis), for tests to seed or inspect.
    /// </summary>
    public CrossReferenceStore CrossReference(string keyPrefix) => new(
        Redis, IdentityConfiguration.Load(RepositoryRoot.Combine("contracts", "ownership.yaml")), IdentityOptions(keyPrefix), TimeProvider.System);

    /// <summary>The resolution queue a connector started with <c>Identity__KeyPrefix=</c><paramref name="keyPrefix"/> writes conflicts to.</summary>
    public ConflictStore Conflicts(string keyPrefix) => new(Redis, IdentityOptions(keyPrefix), TimeProvider.System);

    /// <param name="name">The connector's name: in the registry's storage topic and the publisher's service name.</param>
    public static async Task<ConnectorHub> StartAsync(StackFixture stack, string name)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var registry = await SchemaRegistryProcess.StartReadyAsync(stack, name);
        try
        {
            var publisher = await TestHosts.StartAvroPublisherAsync(stack, registry.BaseAddress, $"{name}-it-publisher");
            return new ConnectorHub(stack, registry, publisher, await ConnectionMultiplexer.ConnectAsync(stack.RedisConfiguration));
        }
        catch
        {
            await registry.DisposeAsync();
            throw;
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

    private static IOptions<IdentityOptions> IdentityOptions(string keyPrefix) => Options.Create(new IdentityOptions { KeyPrefix = keyPrefix });
}
