using Hub.Messaging;
using Hub.Messaging.Kafka.DependencyInjection;
using Hub.Messaging.Serialization;
using Hub.Serialization.Avro;
using Hub.Serialization.Avro.Registry;
using Hub.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Accounting.Connector.IntegrationTests.Support;

/// <summary>
/// What the tests share: a schema registry process, a publisher host (Avro via the registry), a registry client to
/// decode what the connector published, and Redis. Each test starts its own sandbox and connector (<see cref="AccountingRun"/>).
/// </summary>
public sealed class AccountingFixture(StackFixture stack) : IAsyncLifetime
{
    private SchemaRegistryProcess? _registry;
    private IHost? _publisherHost;

    public StackFixture Stack => stack;

    public Uri RegistryAddress => _registry!.BaseAddress;

    public SchemaRegistryClient Registry { get; private set; } = null!;

    public IEventPublisher Publisher => _publisherHost!.Services.GetRequiredService<IEventPublisher>();

    public ConnectionMultiplexer Redis { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var registryTopic = stack.UniqueName("_schemas-accounting");
        await stack.CreateTopicAsync(registryTopic, 1);
        _registry = SchemaRegistryProcess.Start(stack.BootstrapServers, registryTopic);
        await _registry.WaitUntilReadyAsync();
        Registry = new SchemaRegistryClient(Options.Create(new SchemaRegistryOptions { Url = _registry.BaseAddress.ToString(), MaxRetries = 1, RequestTimeout = TimeSpan.FromSeconds(5) }));
        Redis = await ConnectionMultiplexer.ConnectAsync(stack.RedisConfiguration);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kafka:BootstrapServers"] = stack.BootstrapServers,
            ["Kafka:ServiceName"] = "accounting-it-publisher",
            ["SchemaRegistry:Url"] = _registry.BaseAddress.ToString(),
        });
        builder.Services.AddKafkaMessaging();
        builder.Services.AddAvroSerialization(builder.Configuration);
        _publisherHost = builder.Build();
        await _publisherHost.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_publisherHost is not null)
        {
            await _publisherHost.StopAsync();
            _publisherHost.Dispose();
        }

        Registry?.Dispose();
        Redis?.Dispose();
        if (_registry is not null)
        {
            await _registry.DisposeAsync();
        }
    }

    /// <summary>Every <typeparamref name="T"/> on <paramref name="topic"/> now that matches, decoded through the registry.</summary>
    public async Task<List<T>> DecodeAsync<T>(string topic, Func<T, bool> match, int partitions = 6)
        where T : class, Avro.Specific.ISpecificRecord, new()
    {
        var deserializer = new ConfluentAvroDeserializer<T>(Registry);
        var events = new List<T>();
        foreach (var message in TopicSnapshot.Read(stack, topic, partitions))
        {
            T decoded;
            try
            {
                decoded = await deserializer.DeserializeAsync(message.Message.Value!, new SerializationContext(topic), CancellationToken.None);
            }
            catch (UnknownSchemaIdException)
            {
                // Written by another test's connector through its own registry: not one of ours.
                continue;
            }

            if (match(decoded))
            {
                events.Add(decoded);
            }
        }

        return events;
    }
}
