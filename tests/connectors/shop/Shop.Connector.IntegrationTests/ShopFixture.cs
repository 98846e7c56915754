using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Avro.Specific;
using Hub.Identity;
using Hub.Messaging;
using Hub.Sandboxes;
using Hub.Testing;
using Hub.Testing.Avro;
using Hub.Testing.Messaging;

namespace Shop.Connector.IntegrationTests;

/// <summary>
/// One registry, one shop sandbox and one shop connector (separate processes) on the shared stack, with their own
/// topics, consumer group and Redis prefix; plus an Avro publisher and the cross-reference for the tests.
/// </summary>
public sealed class ShopFixture(StackFixture stack) : IAsyncLifetime
{
    public const string Secret = "shpss_integration_secret";
    public const string Token = "shpat_integration_token";
    public const string ApiBase = "admin/api/2024-10/";

    private ConnectorTestHub? _hub;
    private ServiceProcess? _sandbox;
    private ServiceProcess? _connector;

    public string Prefix { get; } = $"it-shop-{Guid.NewGuid():N}";

    public string CustomerTopic { get; } = $"it.shop.customers.{Guid.NewGuid():N}";

    public string OrderTopic { get; } = $"it.shop.orders.{Guid.NewGuid():N}";

    public string StockTopic { get; } = $"it.shop.stock.{Guid.NewGuid():N}";

    public string DeadLetterTopic { get; } = $"it.shop.inbound-dlq.{Guid.NewGuid():N}";

    public string StockGroup { get; } = $"shop-connector.stock.it-{Guid.NewGuid():N}";

    public StackFixture Stack => stack;

    /// <summary>The sandbox's Admin API, with the access token.</summary>
    public HttpClient Shop { get; private set; } = new();

    public SandboxControlClient Control { get; private set; } = null!;

    public HttpClient Connector { get; private set; } = new();

    public Confluent.SchemaRegistry.CachedSchemaRegistryClient Registry => Started.Registry;

    public IEventPublisher Publisher => Started.Publisher;

    public CrossReferenceStore CrossReference { get; private set; } = null!;

    private ConnectorTestHub Started => _hub ?? throw new InvalidOperationException("The fixture is not started.");

    public string Output => $"connector:{Environment.NewLine}{_connector?.Output}{Environment.NewLine}sandbox:{Environment.NewLine}{_sandbox?.Output}";

    public async ValueTask InitializeAsync()
    {
        foreach (var topic in new[] { CustomerTopic, OrderTopic, StockTopic, DeadLetterTopic, StockGroup + ".retry", StockGroup + ".dlq" })
        {
            await stack.CreateTopicAsync(topic, 4);
        }

        _hub = await ConnectorTestHub.StartAsync(stack, "shop");
        _sandbox = ServiceProcess.StartDotnet("the shop sandbox", ServiceProcess.BuiltDll("Shop.Sandbox"), new Dictionary<string, string>
        {
            ["Sandbox__AccessToken"] = Token,
            ["Webhooks__Secret"] = Secret,
            ["Webhooks__MaxAttempts"] = "3",
            ["Webhooks__RetryDelay"] = "00:00:00.100",
            ["Logging__LogLevel__Default"] = "Warning",
        });
        await _sandbox.WaitForAsync("/health/live", "the sandbox to listen", TimeSpan.FromSeconds(60));
        _connector = ServiceProcess.StartDotnet("the shop connector", ServiceProcess.BuiltDll("Shop.Connector"), ConnectorSettings());
        await _connector.WaitForAsync("/health/live", "the connector to listen", TimeSpan.FromSeconds(60));

        Shop = new HttpClient { BaseAddress = new Uri(_sandbox.BaseAddress, ApiBase) };
        Shop.DefaultRequestHeaders.Add("X-Shopify-Access-Token", Token);
        Control = new SandboxControlClient(new HttpClient { BaseAddress = _sandbox.BaseAddress });
        Connector = new HttpClient { BaseAddress = _connector.BaseAddress };
        using (var target = await new HttpClient { BaseAddress = _sandbox.BaseAddress }.PutAsJsonAsync("/_sandbox/webhook-target", new { url = new Uri(_connector.BaseAddress, "/webhooks/shopify") }))
        {
            target.EnsureSuccessStatusCode();
        }

        CrossReference = _hub.CrossReference(Prefix);
    }

    public async ValueTask DisposeAsync()
    {
        Shop.Dispose();
        Connector.Dispose();
        await ConnectorTestHub.StopAllAsync(_hub, _connector, _sandbox);
    }

    /// <summary>POST orders.json; returns the created order.</summary>
    public async Task<JsonObject> PlaceOrderAsync(JsonObject order)
    {
        using var response = await Shop.PostAsJsonAsync("orders.json", new JsonObject { ["order"] = order });
        response.EnsureSuccessStatusCode();
        return (JsonObject)(await response.Content.ReadFromJsonAsync<JsonObject>())!["order"]!;
    }

    /// <summary>Every event of type <typeparamref name="T"/> on the topic now, decoded through the registry.</summary>
    public Task<List<T>> ReadAsync<T>(string topic)
        where T : class, ISpecificRecord, IIntegrationEvent, new() =>
        AvroTopicReader.ReadAsync<T>(stack, Registry, topic);

    /// <summary>Polls until the condition holds; on timeout the message carries the services' output.</summary>
    public async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        try
        {
            await Eventually.UntilAsync(condition, what, timeout ?? TimeSpan.FromSeconds(30), cancellationToken: TestContext.Current.CancellationToken);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}{Environment.NewLine}{Output}", e);
        }
    }

    /// <summary>The connector's configuration; tests that run a connector of their own start from it and override what they isolate.</summary>
    internal Dictionary<string, string> ConnectorSettings() => new()
    {
        ["Kafka__BootstrapServers"] = stack.BootstrapServers,
        ["Kafka__Consumer__FetchWaitMaxMs"] = "20",
        ["Redis__Configuration"] = stack.RedisConfiguration,
        ["Redis__KeyPrefix"] = Prefix,
        ["Identity__KeyPrefix"] = Prefix,
        ["WebhookReceipts__KeyPrefix"] = Prefix,
        ["SchemaRegistry__Url"] = Started.RegistryAddress.ToString(),
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__Console__FormatterName"] = "simple",
        ["Topics__Canonical__CustomerUpserted"] = CustomerTopic,
        ["Topics__Canonical__OrderPlaced"] = OrderTopic,
        ["Shop__InboundDeadLetterTopic"] = DeadLetterTopic,
        ["Shop__CatalogueRefreshInterval"] = "00:00:00",
        ["ExternalApis__shop__BaseUrl"] = _sandbox!.BaseAddress.ToString(),
        ["ExternalApis__shop__Timeout"] = "00:00:03",
        ["ExternalApis__shop__CredentialHeader"] = "X-Shopify-Access-Token",
        ["ExternalApis__shop__CredentialSecret"] = "shop-access-token",
        ["Secrets__Values__shop-access-token"] = Token,
        ["Secrets__Values__shop-webhook-secret"] = Secret,
        ["Subscriptions__stock__Topics__0"] = StockTopic,
        ["Subscriptions__stock__GroupId"] = StockGroup,
        ["Subscriptions__stock__Retry__InProcessBaseDelay"] = "00:00:00.050",
        ["Subscriptions__stock__Retry__RetryTopicBaseDelay"] = "00:00:00.500",
        ["Subscriptions__stock__Retry__RetryTopicMaxDelay"] = "00:00:02",
        ["Subscriptions__stock__CircuitBreaker__Enabled"] = "false",
    };
}
