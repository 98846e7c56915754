using Hub.Identity;
using Hub.Messaging;
using Hub.Messaging.Kafka.DependencyInjection;
using Hub.Messaging.Redis;
using Hub.Serialization.Avro;
using Hub.Serialization.Avro.Registry;
using Hub.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Legacy.Connector.IntegrationTests;

/// <summary>
/// One registry, one legacy sandbox and one legacy connector (separate processes) on the shared stack, with their
/// own folders, topics and Redis prefix; plus a publisher host and a cross-reference for the tests.
/// </summary>
public sealed class LegacyFixture(StackFixture stack) : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("legacy-it-").FullName;
    private SchemaRegistryProcess? _registry;
    private ServiceProcess? _sandbox;
    private ServiceProcess? _connector;
    private IHost? _publisherHost;
    private ConnectionMultiplexer? _redis;

    public string Prefix { get; } = $"it-legacy-{Guid.NewGuid():N}";

    public string CustomerTopic { get; } = $"it.legacy.customers.{Guid.NewGuid():N}";

    public string StockTopic { get; } = $"it.legacy.stock.{Guid.NewGuid():N}";

    public string QuarantineTopic { get; } = $"it.legacy.quarantine.{Guid.NewGuid():N}";

    public string Folder(string name) => Path.Combine(_root, name);

    public StackFixture Stack => stack;

    public HttpClient Sandbox { get; private set; } = new();

    public HttpClient Connector { get; private set; } = new();

    public SchemaRegistryClient Registry { get; private set; } = null!;

    public IEventPublisher Publisher => _publisherHost!.Services.GetRequiredService<IEventPublisher>();

    public CrossReferenceStore CrossReference { get; private set; } = null!;

    public string ConnectorOutput => _connector?.Output ?? "";

    public async ValueTask InitializeAsync()
    {
        foreach (var topic in new[] { CustomerTopic, StockTopic, QuarantineTopic })
        {
            await stack.CreateTopicAsync(topic, 4);
        }

        var registryTopic = stack.UniqueName("_schemas-legacy");
        await stack.CreateTopicAsync(registryTopic, 1);
        _registry = SchemaRegistryProcess.Start(stack.BootstrapServers, registryTopic);
        await _registry.WaitUntilReadyAsync();
        Registry = new SchemaRegistryClient(Options.Create(new SchemaRegistryOptions { Url = _registry.BaseAddress.ToString(), MaxRetries = 1, RequestTimeout = TimeSpan.FromSeconds(5) }));

        _sandbox = ServiceProcess.StartDotnet("the legacy sandbox", Dll("Legacy.Sandbox"), new Dictionary<string, string>
        {
            ["LegacySandbox__DropFolder"] = Folder("inbox"),
            ["LegacySandbox__ImportFolder"] = Folder("outbox"),
            ["LegacySandbox__ImportPollInterval"] = "00:00:00.100",
            ["ASPNETCORE_CONTENTROOT"] = Path.GetDirectoryName(Dll("Legacy.Sandbox"))!,
        });
        _connector = ServiceProcess.StartDotnet("the legacy connector", Dll("Legacy.Connector"), ConnectorSettings());
        await _sandbox.WaitForAsync("/health/live", "the sandbox to listen", TimeSpan.FromSeconds(60));
        await _connector.WaitForAsync("/health/live", "the connector to listen", TimeSpan.FromSeconds(60));
        Sandbox = new HttpClient { BaseAddress = _sandbox.BaseAddress };
        Connector = new HttpClient { BaseAddress = _connector.BaseAddress };

        _redis = await ConnectionMultiplexer.ConnectAsync(stack.RedisConfiguration);
        CrossReference = new CrossReferenceStore(_redis, IdentityConfiguration.Load(Path.Combine(AppContext.BaseDirectory, "contracts", "ownership.yaml")), Options.Create(new IdentityOptions { KeyPrefix = Prefix }), TimeProvider.System);
        _publisherHost = await StartPublisherAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Sandbox.Dispose();
        Connector.Dispose();
        Registry?.Dispose();
        if (_publisherHost is not null)
        {
            await _publisherHost.StopAsync();
            _publisherHost.Dispose();
        }

        foreach (var process in new[] { _connector, _sandbox })
        {
            if (process is not null)
            {
                await process.DisposeAsync();
            }
        }

        if (_registry is not null)
        {
            await _registry.DisposeAsync();
        }

        _redis?.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private Dictionary<string, string> ConnectorSettings() => new()
    {
        ["Kafka__BootstrapServers"] = stack.BootstrapServers,
        ["Kafka__Consumer__FetchWaitMaxMs"] = "20",
        ["Redis__Configuration"] = stack.RedisConfiguration,
        ["Redis__KeyPrefix"] = Prefix,
        ["Identity__KeyPrefix"] = Prefix,
        ["SchemaRegistry__Url"] = _registry!.BaseAddress.ToString(),
        ["Logging__Console__FormatterName"] = "simple",
        // ServiceProcess starts services in the repository root; the shipped appsettings.json (file patterns) is next to the dll.
        ["ASPNETCORE_CONTENTROOT"] = Path.GetDirectoryName(Dll("Legacy.Connector"))!,
        ["Legacy__Folders__Inbox"] = Folder("inbox"),
        ["Legacy__Folders__Processing"] = Folder("processing"),
        ["Legacy__Folders__Archive"] = Folder("archive"),
        ["Legacy__Folders__Quarantine"] = Folder("quarantine"),
        ["Legacy__Folders__Error"] = Folder("error"),
        ["Legacy__Folders__Outbox"] = Folder("outbox"),
        ["Legacy__Inbound__PollInterval"] = "00:00:00.200",
        ["Legacy__Inbound__SettleTime"] = "00:00:01.500",
        ["Legacy__Inbound__RetryDelay"] = "00:00:01",
        ["Legacy__Inbound__CustomerTopic"] = CustomerTopic,
        ["Legacy__Inbound__StockTopic"] = StockTopic,
        ["Legacy__Inbound__QuarantineTopic"] = QuarantineTopic,
        ["Legacy__Outbound__Topic"] = CustomerTopic,
        ["Legacy__Outbound__BatchSize"] = "5",
        ["Legacy__Outbound__BatchWindow"] = "00:00:01",
        ["Subscriptions__legacy-customers__Retry__InProcessBaseDelay"] = "00:00:00.050",
    };

    private async Task<IHost> StartPublisherAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kafka:BootstrapServers"] = stack.BootstrapServers,
            ["Kafka:ServiceName"] = "legacy-it-publisher",
            ["Redis:Configuration"] = stack.RedisConfiguration,
            ["SchemaRegistry:Url"] = _registry!.BaseAddress.ToString(),
        });
        builder.Services.AddKafkaMessaging();
        builder.Services.AddRedisProcessingStore();
        builder.Services.AddAvroSerialization(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static string Dll(string project)
    {
        var built = RepositoryRoot.Combine("artifacts", "bin", project, "debug", project + ".dll");
        return File.Exists(built) ? built : Path.Combine(AppContext.BaseDirectory, project + ".dll");
    }
}
