using Hub.Identity;
using Hub.Messaging;
using Hub.Testing;
using Hub.Testing.Messaging;

namespace Legacy.Connector.IntegrationTests;

/// <summary>
/// One registry, one legacy sandbox and one legacy connector (separate processes) on the shared stack, with their
/// own folders, topics and Redis prefix; plus a publisher host and a cross-reference for the tests.
/// </summary>
public sealed class LegacyFixture(StackFixture stack) : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("legacy-it-").FullName;
    private ConnectorTestHub? _hub;
    private ServiceProcess? _sandbox;
    private ServiceProcess? _connector;

    public string Prefix { get; } = $"it-legacy-{Guid.NewGuid():N}";

    public string CustomerTopic { get; } = $"it.legacy.customers.{Guid.NewGuid():N}";

    public string StockTopic { get; } = $"it.legacy.stock.{Guid.NewGuid():N}";

    public string QuarantineTopic { get; } = $"it.legacy.quarantine.{Guid.NewGuid():N}";

    public string Folder(string name) => Path.Combine(_root, name);

    public StackFixture Stack => stack;

    public HttpClient Sandbox { get; private set; } = new();

    public HttpClient Connector { get; private set; } = new();

    public Confluent.SchemaRegistry.CachedSchemaRegistryClient Registry => Started.Registry;

    public IEventPublisher Publisher => Started.Publisher;

    public CrossReferenceStore CrossReference { get; private set; } = null!;

    /// <summary>The resolution queue's store the connector writes conflicts to.</summary>
    public ConflictStore Conflicts { get; private set; } = null!;

    private ConnectorTestHub Started => _hub ?? throw new InvalidOperationException("The fixture is not started.");

    public string ConnectorOutput => _connector?.Output ?? "";

    public async ValueTask InitializeAsync()
    {
        foreach (var topic in new[] { CustomerTopic, StockTopic, QuarantineTopic })
        {
            await stack.CreateTopicAsync(topic, 4);
        }

        _hub = await ConnectorTestHub.StartAsync(stack, "legacy");

        _sandbox = ServiceProcess.StartDotnet("the legacy sandbox", ServiceProcess.BuiltDll("Legacy.Sandbox"), new Dictionary<string, string>
        {
            ["LegacySandbox__DropFolder"] = Folder("inbox"),
            ["LegacySandbox__ImportFolder"] = Folder("outbox"),
            ["LegacySandbox__ImportPollInterval"] = "00:00:00.100",
            ["ASPNETCORE_CONTENTROOT"] = Path.GetDirectoryName(ServiceProcess.BuiltDll("Legacy.Sandbox"))!,
        });
        _connector = ServiceProcess.StartDotnet("the legacy connector", ServiceProcess.BuiltDll("Legacy.Connector"), ConnectorSettings());
        await _sandbox.WaitForAsync("/health/live", "the sandbox to listen", TimeSpan.FromSeconds(60));
        await _connector.WaitForAsync("/health/live", "the connector to listen", TimeSpan.FromSeconds(60));
        Sandbox = new HttpClient { BaseAddress = _sandbox.BaseAddress };
        Connector = new HttpClient { BaseAddress = _connector.BaseAddress };

        CrossReference = _hub.CrossReference(Prefix);
        Conflicts = new ConflictStore(_hub.Redis, Microsoft.Extensions.Options.Options.Create(new IdentityOptions { KeyPrefix = Prefix }), TimeProvider.System);
    }

    public async ValueTask DisposeAsync()
    {
        Sandbox.Dispose();
        Connector.Dispose();
        await ConnectorTestHub.StopAllAsync(_hub, _connector, _sandbox);

        Directory.Delete(_root, recursive: true);
    }

    private Dictionary<string, string> ConnectorSettings() => new()
    {
        ["Kafka__BootstrapServers"] = stack.BootstrapServers,
        ["Kafka__Consumer__FetchWaitMaxMs"] = "20",
        ["Redis__Configuration"] = stack.RedisConfiguration,
        ["Redis__KeyPrefix"] = Prefix,
        ["Identity__KeyPrefix"] = Prefix,
        ["SchemaRegistry__Url"] = Started.RegistryAddress.ToString(),
        ["Logging__Console__FormatterName"] = "simple",
        // ServiceProcess starts services in the repository root; the shipped appsettings.json (file patterns) is next to the dll.
        ["ASPNETCORE_CONTENTROOT"] = Path.GetDirectoryName(ServiceProcess.BuiltDll("Legacy.Connector"))!,
        ["Legacy__Folders__Inbox"] = Folder("inbox"),
        ["Legacy__Folders__Processing"] = Folder("processing"),
        ["Legacy__Folders__Archive"] = Folder("archive"),
        ["Legacy__Folders__Quarantine"] = Folder("quarantine"),
        ["Legacy__Folders__Error"] = Folder("error"),
        ["Legacy__Folders__Outbox"] = Folder("outbox"),
        ["Legacy__Inbound__PollInterval"] = "00:00:00.200",
        ["Legacy__Inbound__SettleTime"] = "00:00:01.500",
        ["Legacy__Inbound__RetryDelay"] = "00:00:01",
        ["Topics__Canonical__CustomerUpserted"] = CustomerTopic,
        ["Topics__Canonical__StockLevelChanged"] = StockTopic,
        ["Legacy__Inbound__QuarantineTopic"] = QuarantineTopic,
        ["Subscriptions__customers__Topics__0"] = CustomerTopic,
        ["Legacy__Outbound__BatchSize"] = "5",
        ["Legacy__Outbound__BatchWindow"] = "00:00:01",
        ["Subscriptions__customers__Retry__InProcessBaseDelay"] = "00:00:00.050",
    };
}
