using Confluent.SchemaRegistry;
using Avro.Specific;
using Hub.Messaging;
using Hub.Testing.Avro;
using StackExchange.Redis;
using Xunit;

namespace Hub.Testing.Connectors;

/// <summary>
/// A <see cref="ConnectorHub"/> for a test class or collection (<c>IClassFixture</c>, <c>ICollectionFixture</c>), for
/// tests that start a <see cref="ConnectorStack"/> of their own each. A connector's fixture derives from it and
/// names the connector; <see cref="ConnectorFixture"/> adds one stack the tests share.
/// </summary>
public abstract class ConnectorHubFixture(StackFixture stack, string name) : IAsyncLifetime
{
    private ConnectorHub? _hub;

    public StackFixture Stack => stack;

    public ConnectorHub Hub => _hub ?? throw new InvalidOperationException("The fixture is not started.");

    public CachedSchemaRegistryClient Registry => Hub.Registry;

    public IEventPublisher Publisher => Hub.Publisher;

    public ConnectionMultiplexer Redis => Hub.Redis;

    /// <summary>Every <typeparamref name="T"/> on <paramref name="topic"/> now, decoded through the hub's registry.</summary>
    /// <param name="partitions">How many partitions to read; the topic's own when null.</param>
    public Task<List<T>> ReadAsync<T>(string topic, int? partitions = null)
        where T : class, ISpecificRecord, new() =>
        AvroTopicReader.ReadAsync<T>(stack, Registry, topic, partitions);

    public virtual async ValueTask InitializeAsync() => _hub = await ConnectorHub.StartAsync(stack, name);

    public virtual async ValueTask DisposeAsync()
    {
        if (_hub is { } hub)
        {
            _hub = null;
            await hub.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
