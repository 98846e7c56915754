using System.Net.Http.Json;
using Hub.Sandboxes;
using Hub.Testing;

namespace Crm.Connector.IntegrationTests;

/// <summary>
/// The schema registry, the CRM sandbox and the CRM connector as separate processes on the shared Kafka + Redis,
/// with their own topics, consumer group and key prefix. Shared by the tests of a class; each test uses its own
/// contacts and e-mail addresses and heals the sandbox's faults first.
/// </summary>
public sealed class CrmStack(StackFixture stack) : IAsyncLifetime
{
    public const string ClientSecret = "test-client-secret";
    public const string AccessToken = "test-access-token";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private SchemaRegistryProcess? _registry;
    private ServiceProcess? _sandbox;
    private ServiceProcess? _connector;

    public StackFixture Stack { get; } = stack;

    public string Run { get; } = $"crm-{Guid.NewGuid():N}"[..16];

    public string UpsertedTopic => $"{Run}.customer.upserted";

    public string MergedTopic => $"{Run}.customer.merged";

    public string InboundDeadLetterTopic => $"{Run}.inbound.dlq";

    public string Group => $"{Run}.customers";

    /// <summary>
    /// This stack's revert requests: one topic and group per stack, so a revert published for one test class's contacts
    /// is never applied (nor its calls counted) by another class's connector running alongside it.
    /// </summary>
    public string RevertsTopic => $"{Run}.reverts";

    /// <summary>The revert subscription's group, reading <see cref="RevertsTopic"/>.</summary>
    public string RevertsGroup => $"{Run}.reverts";

    public Uri RegistryUrl => _registry!.BaseAddress;

    public HttpClient Sandbox { get; private set; } = new();

    public HttpClient Connector { get; private set; } = new();

    public SandboxControlClient Control { get; private set; } = null!;

    public string Output => $"--- sandbox ---\n{_sandbox?.Output}\n--- connector ---\n{_connector?.Output}";

    public async ValueTask InitializeAsync()
    {
        foreach (var topic in new[] { UpsertedTopic, MergedTopic, InboundDeadLetterTopic, $"{Group}.retry", $"{Group}.dlq", RevertsTopic, $"{RevertsGroup}.retry", $"{RevertsGroup}.dlq" })
        {
            await Stack.CreateTopicAsync(topic, 2);
        }

        _registry = SchemaRegistryProcess.Start(Stack.BootstrapServers, $"_schemas.{Run}");
        _sandbox = ServiceProcess.StartDotnet("the CRM sandbox", ServiceProcess.BuiltDll("Crm.Sandbox"), new Dictionary<string, string>
        {
            ["Crm__AccessToken"] = AccessToken,
            ["Webhooks__Secret"] = ClientSecret,
            ["Webhooks__RetryDelay"] = "00:00:00.200",
            ["Webhooks__MaxAttempts"] = "40",
            ["Crm__RateLimitIntervalMilliseconds"] = RateLimitWindow.TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Logging__LogLevel__Default"] = "Warning",
        });
        await _registry.WaitUntilReadyAsync();
        await _sandbox.WaitForAsync("/health/live", "the CRM sandbox", StartTimeout);
        _connector = ServiceProcess.StartDotnet("the CRM connector", ServiceProcess.BuiltDll("Crm.Connector"), ConnectorSettings());
        await _connector.WaitForAsync("/health/ready", "the CRM connector", StartTimeout);

        Sandbox = new HttpClient { BaseAddress = _sandbox.BaseAddress };
        Sandbox.DefaultRequestHeaders.Authorization = new("Bearer", AccessToken);
        Connector = new HttpClient { BaseAddress = _connector.BaseAddress };
        Control = new SandboxControlClient(Sandbox);
        await PointWebhooksAtConnectorAsync();
    }

    /// <summary>Eventually.UntilAsync, with both services' output in the message when it gives up.</summary>
    public async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan timeout)
    {
        try
        {
            await Eventually.UntilAsync(condition, what, timeout);
        }
        catch (TimeoutException e)
        {
            var requests = string.Join("\n", (await Control.GetRequestsAsync()).TakeLast(30).Select(r => $"{r.Method} {r.Path} {r.Status} {r.Note}"));
            throw new TimeoutException($"{e.Message}\n--- sandbox requests ---\n{requests}\n{Output}", e);
        }
    }

    /// <param name="query">A query string for the webhook URL (e.g. to prove the signature covers it as HubSpot does).</param>
    /// <summary>The sandbox's rolling rate-limit window (HubSpot's is 10 s), reported in X-HubSpot-RateLimit-Interval-Milliseconds.</summary>
    public static readonly TimeSpan RateLimitWindow = TimeSpan.FromSeconds(2);

    public async Task PointWebhooksAtConnectorAsync(string query = "") =>
        (await Sandbox.PutAsJsonAsync("/_sandbox/webhook-target", new { url = new Uri(Connector.BaseAddress!, "/webhooks/hubspot" + query) })).EnsureSuccessStatusCode();

    /// <summary>Webhooks are then only recorded, not sent, so a test can deliver its own.</summary>
    public async Task MuteWebhooksAsync() =>
        (await Sandbox.PutAsJsonAsync("/_sandbox/webhook-target", new { url = (Uri?)null })).EnsureSuccessStatusCode();

    public async ValueTask DisposeAsync()
    {
        Sandbox.Dispose();
        Connector.Dispose();
        foreach (var process in new IAsyncDisposable?[] { _connector, _sandbox, _registry })
        {
            if (process is not null)
            {
                await process.DisposeAsync();
            }
        }
    }

    private Dictionary<string, string> ConnectorSettings() => new()
    {
        ["Kafka__BootstrapServers"] = Stack.BootstrapServers,
        ["Kafka__Consumer__FetchWaitMaxMs"] = "20",
        ["Redis__Configuration"] = Stack.RedisConfiguration,
        ["Redis__KeyPrefix"] = Run,
        ["Identity__KeyPrefix"] = Run,
        ["WebhookReceipts__KeyPrefix"] = Run,
        ["SchemaRegistry__Url"] = _registry!.BaseAddress.ToString(),
        ["ExternalApis__crm__BaseUrl"] = _sandbox!.BaseAddress.ToString(),
        ["ExternalApis__crm__Timeout"] = "00:00:03",
        ["Secrets__Values__crm-access-token"] = AccessToken,
        ["Secrets__Values__crm-client-secret"] = ClientSecret,
        ["Topics__Canonical__CustomerUpserted"] = UpsertedTopic,
        ["Topics__Canonical__CustomerMerged"] = MergedTopic,
        ["Crm__InboundDeadLetterTopic"] = InboundDeadLetterTopic,
        ["Subscriptions__customers__Topics__0"] = UpsertedTopic,
        ["Subscriptions__customers__GroupId"] = Group,
        ["Subscriptions__customers__Retry__InProcessBaseDelay"] = "00:00:00.050",
        ["Subscriptions__customers__Retry__InProcessMaxDelay"] = "00:00:00.500",
        ["Subscriptions__customers__Retry__RetryTopicBaseDelay"] = "00:00:00.500",
        ["Subscriptions__customers__Retry__RetryTopicMaxDelay"] = "00:00:02",
        ["Subscriptions__reverts__Topics__0"] = RevertsTopic,
        ["Subscriptions__reverts__GroupId"] = RevertsGroup,
        ["Subscriptions__reverts__Retry__InProcessBaseDelay"] = "00:00:00.050",
        ["Subscriptions__reverts__Retry__InProcessMaxDelay"] = "00:00:00.500",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__Hub"] = "Information",
        ["Logging__LogLevel__Crm"] = "Information",
    };
}
