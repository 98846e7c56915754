using Hub.Messaging;
using Hub.Testing;
using Hub.Testing.Avro;
using Hub.Testing.Messaging;
using StackExchange.Redis;

namespace Accounting.Connector.IntegrationTests.Support;

/// <summary>
/// What the tests share: a schema registry process, a publisher host (Avro via the registry), a registry client to
/// decode what the connector published, and Redis. Each test starts its own sandbox and connector (<see cref="AccountingRun"/>).
/// </summary>
public sealed class AccountingFixture(StackFixture stack) : IAsyncLifetime
{
    private ConnectorTestHub? _hub;

    public StackFixture Stack => stack;

    public Uri RegistryAddress => Started.RegistryAddress;

    public Confluent.SchemaRegistry.CachedSchemaRegistryClient Registry => Started.Registry;

    public IEventPublisher Publisher => Started.Publisher;

    public ConnectionMultiplexer Redis => Started.Redis;

    private ConnectorTestHub Started => _hub ?? throw new InvalidOperationException("The fixture is not started.");

    public async ValueTask InitializeAsync() => _hub = await ConnectorTestHub.StartAsync(stack, "accounting");

    public async ValueTask DisposeAsync()
    {
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }
    }

    /// <summary>Every <typeparamref name="T"/> on <paramref name="topic"/> now that matches, decoded through the registry.</summary>
    public async Task<List<T>> DecodeAsync<T>(string topic, Func<T, bool> match, int partitions = 6)
        where T : class, Avro.Specific.ISpecificRecord, new() =>
        (await AvroTopicReader.ReadAsync<T>(stack, Registry, topic, partitions)).Where(match).ToList();
}
