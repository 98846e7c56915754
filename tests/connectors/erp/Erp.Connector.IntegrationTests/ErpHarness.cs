using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Messaging;
using Hub.Messaging.Serialization;
using Hub.Sandboxes;
using Hub.Testing;
using Hub.Testing.Connectors;
using Hub.Testing.Messaging;
using StackExchange.Redis;

namespace Erp.Connector.IntegrationTests;

/// <summary>
/// One test's world: the ERP sandbox and the ERP connector as processes, topics, consumer groups and Redis prefix
/// of its own (<see cref="ConnectorStack"/>), on the class's hub, which publishes canonical events and decodes what
/// the connector published.
/// </summary>
public sealed class ErpHarness : IAsyncDisposable
{
    private static readonly ConnectorStackOptions Setup = new()
    {
        System = "Erp",
        Partitions = 3,
        UseShippedAppSettings = true,
        Topics = ["customers", "orders", "stock", "status", "reverts"],
        Subscriptions =
        [
            ConnectorSubscription.Fast("customers") with { RetryTopicAttempts = 60 },
            ConnectorSubscription.Fast("orders") with { RetryTopicAttempts = 60 },
            new ConnectorSubscription("reverts"),
        ],
        ConnectorSettings = run => new Dictionary<string, string>
        {
            ["ExternalApis__erp__BaseUrl"] = run.Sandbox.BaseAddress.ToString(),
            ["ExternalApis__erp__Timeout"] = "00:00:05",
            ["Topics__Canonical__StockLevelChanged"] = run.Topic("stock"),
            ["Topics__Canonical__OrderStatusChanged"] = run.Topic("status"),
            ["Polling__erp-stock__Interval"] = "00:00:00.300",
            ["Polling__erp-orders__Interval"] = "00:00:00.300",
        },
    };

    private readonly ConnectorStack _run;

    private ErpHarness(ConnectorStack run)
    {
        _run = run;
    }

    public SandboxControlClient Control => _run.Control;

    public ConnectionMultiplexer Redis => _run.Hub.Redis;

    public string Prefix => _run.Prefix;

    public string CustomersTopic => _run.Topic("customers");

    public string OrdersTopic => _run.Topic("orders");

    /// <summary>Where this harness's connector reads `hub revert` requests (hub revert --requests-topic).</summary>
    public string RevertsTopic => _run.Topic("reverts");

    public string CustomersDeadLetterTopic => _run.Group("customers") + ".dlq";

    public string StockTopic => _run.Topic("stock");

    public string OrderStatusTopic => _run.Topic("status");

    /// <param name="settings">Connector settings over the test defaults (Section__Key).</param>
    public static async Task<ErpHarness> StartAsync(ErpHubFixture hub, IReadOnlyDictionary<string, string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(hub);
        return new ErpHarness(await ConnectorStack.StartAsync(hub.Hub, Setup, settings));
    }

    public Task StartConnectorAsync() => _run.Connector.StartReadyAsync();

    public Task StopConnectorAsync() => _run.Connector.StopAsync();

    public Task PublishAsync<TEvent>(string topic, TEvent @event)
        where TEvent : IIntegrationEvent =>
        _run.Hub.Publisher.PublishAsync(topic, @event, TestContext.Current.CancellationToken);

    /// <summary>Waits for at least <paramref name="expected"/> events on the topic and decodes every one read.</summary>
    public async Task<List<TEvent>> ReadAsync<TEvent>(string topic, int expected, TimeSpan? timeout = null)
    {
        List<Confluent.Kafka.ConsumeResult<byte[]?, byte[]?>> results;
        try
        {
            results = await TopicReader.ReadAsync(_run.Stack, topic, expected, timeout);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\n{Diagnostics()}", e);
        }

        var deserializer = _run.Hub.Deserializer<TEvent>();
        var events = new List<TEvent>();
        foreach (var result in results)
        {
            events.Add(await deserializer.DeserializeAsync(result.Message.Value, new SerializationContext(topic), TestContext.Current.CancellationToken));
        }

        return events;
    }

    public long Count(string topic) => TopicCounter.Count(_run.Stack, topic);

    public async Task<JsonArray> ListAsync(string what) =>
        (await _run.SandboxClient.GetFromJsonAsync<JsonArray>($"/_sandbox/erp/{what}", TestContext.Current.CancellationToken))!;

    public async Task<JsonNode> PutAsync(string path, object body)
    {
        using var response = await _run.SandboxClient.PutAsJsonAsync(path, body, TestContext.Current.CancellationToken);
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
        using var response = await _run.SandboxClient.PostAsJsonAsync("/jsonrpc", body, TestContext.Current.CancellationToken);
        var answer = await response.Content.ReadFromJsonAsync<JsonNode>(TestContext.Current.CancellationToken);
        return answer?["result"] ?? throw new InvalidOperationException($"execute_kw failed: {answer?.ToJsonString()}");
    }

    /// <summary>The connector's Prometheus scrape.</summary>
    public Task<string> MetricsAsync() => _run.ConnectorClient.GetStringAsync("/metrics", TestContext.Current.CancellationToken);

    /// <summary>Eventually.UntilAsync, with both processes' output in the message when it gives up.</summary>
    public Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null) => _run.UntilAsync(condition, what, timeout);

    public string Diagnostics() => _run.Output;

    public ValueTask DisposeAsync() => _run.DisposeAsync();
}
