using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Messaging;
using Hub.Messaging.Serialization;
using Hub.Sandboxes;
using Hub.Serialization.Avro;
using Hub.Testing;
using Hub.Testing.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Erp.Connector.IntegrationTests;

/// <summary>
/// One test's world: the ERP sandbox and the ERP connector as processes, topics, consumer groups and Redis prefix
/// of its own, and an in-process "hub" that publishes canonical events and reads what the connector published.
/// </summary>
public sealed class ErpHarness : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly StackFixture _stack;
    private readonly Dictionary<string, string> _connectorSettings;
    private readonly IHost _hub;
    private readonly HttpClient _sandboxHttp;

    private ErpHarness(StackFixture stack, ServiceProcess sandbox, Dictionary<string, string> connectorSettings, IHost hub, string prefix)
    {
        _stack = stack;
        Sandbox = sandbox;
        _connectorSettings = connectorSettings;
        _hub = hub;
        Prefix = prefix;
        _sandboxHttp = new HttpClient { BaseAddress = sandbox.BaseAddress };
        Control = new SandboxControlClient(_sandboxHttp);
        Redis = ConnectionMultiplexer.Connect(stack.RedisConfiguration);
    }

    public ServiceProcess Sandbox { get; }

    public ServiceProcess? Connector { get; private set; }

    public SandboxControlClient Control { get; }

    public ConnectionMultiplexer Redis { get; }

    public string Prefix { get; }

    public string CustomersTopic => _connectorSettings["Subscriptions__customers__Topics__0"];

    public string OrdersTopic => _connectorSettings["Subscriptions__orders__Topics__0"];

    /// <summary>Where this harness's connector reads `hub revert` requests (hub revert --requests-topic).</summary>
    public string RevertsTopic => _connectorSettings["Subscriptions__reverts__Topics__0"];

    public string CustomersDeadLetterTopic => _connectorSettings["Subscriptions__customers__GroupId"] + ".dlq";

    public string StockTopic => _connectorSettings["Topics__Canonical__StockLevelChanged"];

    public string OrderStatusTopic => _connectorSettings["Topics__Canonical__OrderStatusChanged"];

    /// <param name="settings">Connector settings over the test defaults (Section__Key).</param>
    public static async Task<ErpHarness> StartAsync(StackFixture stack, RegistryFixture registry, IReadOnlyDictionary<string, string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(registry);
        var prefix = stack.UniqueName("erp");
        var sandbox = ServiceProcess.StartDotnet("the ERP sandbox", ServiceProcess.BuiltDll("Erp.Sandbox"), new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Warning" });
        try
        {
            await sandbox.WaitForAsync("/health/live", "the ERP sandbox to listen", StartTimeout);
        }
        catch
        {
            await sandbox.DisposeAsync();
            throw;
        }

        var topics = new[] { "customers", "orders", "stock", "status", "reverts" }.ToDictionary(t => t, t => stack.UniqueName($"erp-test.{t}"));
        foreach (var topic in topics.Values)
        {
            await stack.CreateTopicAsync(topic, 3);
        }

        var connector = new Dictionary<string, string>
        {
            // The processes run from the repository root; the connector's appsettings.json sits next to its dll.
            ["ASPNETCORE_CONTENTROOT"] = Path.GetDirectoryName(ServiceProcess.BuiltDll("Erp.Connector"))!,
            ["Kafka__BootstrapServers"] = stack.BootstrapServers,
            ["Kafka__Consumer__FetchWaitMaxMs"] = "20",
            ["Redis__Configuration"] = stack.RedisConfiguration,
            ["Redis__KeyPrefix"] = prefix,
            ["Identity__KeyPrefix"] = prefix,
            ["SchemaRegistry__Url"] = registry.Url.ToString(),
            ["ExternalApis__erp__BaseUrl"] = sandbox.BaseAddress.ToString(),
            ["ExternalApis__erp__Timeout"] = "00:00:05",
            ["Topics__Canonical__StockLevelChanged"] = topics["stock"],
            ["Topics__Canonical__OrderStatusChanged"] = topics["status"],
            ["Polling__erp-stock__Interval"] = "00:00:00.300",
            ["Polling__erp-orders__Interval"] = "00:00:00.300",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (name, topic) in new[] { ("customers", topics["customers"]), ("orders", topics["orders"]), ("reverts", topics["reverts"]) })
        {
            var section = $"Subscriptions__{name}__";
            var group = $"erp-connector.{name}.{Guid.NewGuid():N}";
            // Declared up front as topics.yaml declares them: a consumer of a topic that does not exist yet would not
            // see it until its next metadata refresh.
            await stack.CreateTopicAsync($"{group}.retry", 3);
            await stack.CreateTopicAsync($"{group}.dlq", 3);
            connector[section + "Topics__0"] = topic;
            connector[section + "GroupId"] = group;
            connector[section + "CircuitBreaker__Enabled"] = "false";
            // Shortened delays: the shape of the production settings (in process, then the retry topic), in seconds.
            connector[section + "Retry__InProcessBaseDelay"] = "00:00:00.050";
            connector[section + "Retry__InProcessMaxDelay"] = "00:00:00.200";
            connector[section + "Retry__RetryTopicBaseDelay"] = "00:00:00.300";
            connector[section + "Retry__RetryTopicMaxDelay"] = "00:00:01";
            connector[section + "Retry__RetryTopicAttempts"] = "60";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            connector[key] = value;
        }

        var harness = new ErpHarness(stack, sandbox, connector, await TestHosts.StartAvroPublisherAsync(stack, registry.Url, "erp-tests"), prefix);
        try
        {
            await harness.StartConnectorAsync();
            return harness;
        }
        catch
        {
            await harness.DisposeAsync();
            throw;
        }
    }

    public async Task StartConnectorAsync()
    {
        Connector = ServiceProcess.StartDotnet("the ERP connector", ServiceProcess.BuiltDll("Erp.Connector"), _connectorSettings);
        await Connector.WaitForAsync("/health/live", "the ERP connector to listen", StartTimeout);
    }

    public async Task StopConnectorAsync()
    {
        if (Connector is not null)
        {
            await Connector.StopAsync();
            await Connector.DisposeAsync();
            Connector = null;
        }
    }

    public Task PublishAsync<TEvent>(string topic, TEvent @event)
        where TEvent : IIntegrationEvent =>
        _hub.Services.GetRequiredService<IEventPublisher>().PublishAsync(topic, @event, TestContext.Current.CancellationToken);

    /// <summary>Waits for at least <paramref name="expected"/> events on the topic and decodes every one read.</summary>
    public async Task<List<TEvent>> ReadAsync<TEvent>(string topic, int expected, TimeSpan? timeout = null)
    {
        List<Confluent.Kafka.ConsumeResult<byte[]?, byte[]?>> results;
        try
        {
            results = await TopicReader.ReadAsync(_stack, topic, expected, timeout);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\n{Diagnostics()}", e);
        }

        var deserializer = _hub.Services.GetRequiredService<IEventDeserializer<TEvent>>();
        var events = new List<TEvent>();
        foreach (var result in results)
        {
            events.Add(await deserializer.DeserializeAsync(result.Message.Value, new SerializationContext(topic), TestContext.Current.CancellationToken));
        }

        return events;
    }

    public long Count(string topic) => TopicCounter.Count(_stack, topic);

    public async Task<JsonArray> ListAsync(string what) =>
        (await _sandboxHttp.GetFromJsonAsync<JsonArray>($"/_sandbox/erp/{what}", TestContext.Current.CancellationToken))!;

    public async Task<JsonNode> PutAsync(string path, object body)
    {
        using var response = await _sandboxHttp.PutAsJsonAsync(path, body, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonNode>(TestContext.Current.CancellationToken))!;
    }

    /// <summary>A JSON-RPC execute_kw call straight to the sandbox, as a user of the ERP would make a change.</summary>
    public async Task<JsonNode?> ExecuteKwAsync(string model, string method, JsonArray args)
    {
        var body = new JsonObject
        {
            ["jsonrpc"] = "2.0", ["method"] = "call", ["id"] = 1,
            ["params"] = new JsonObject { ["service"] = "object", ["method"] = "execute_kw", ["args"] = new JsonArray("hub", 2, "erp-sandbox-key", model, method, args) },
        };
        using var response = await _sandboxHttp.PostAsJsonAsync("/jsonrpc", body, TestContext.Current.CancellationToken);
        var answer = await response.Content.ReadFromJsonAsync<JsonNode>(TestContext.Current.CancellationToken);
        return answer?["result"] ?? throw new InvalidOperationException($"execute_kw failed: {answer?.ToJsonString()}");
    }

    /// <summary>The connector's Prometheus scrape.</summary>
    public async Task<string> MetricsAsync()
    {
        using var http = new HttpClient { BaseAddress = Connector!.BaseAddress };
        return await http.GetStringAsync("/metrics", TestContext.Current.CancellationToken);
    }

    /// <summary>Eventually.UntilAsync, with both processes' output in the message when it gives up.</summary>
    public async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        try
        {
            await Eventually.UntilAsync(condition, what, timeout);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\n{Diagnostics()}", e);
        }
    }

    public string Diagnostics() => $"connector output:\n{Connector?.Output}\nsandbox output:\n{Sandbox.Output}";

    public async ValueTask DisposeAsync()
    {
        await StopConnectorAsync();
        await Sandbox.DisposeAsync();
        await _hub.StopQuietlyAsync();
        _sandboxHttp.Dispose();
        await Redis.DisposeAsync();
    }
}
