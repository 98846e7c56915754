using System.Globalization;
using Hub.Sandboxes;
using Hub.Testing;
using Hub.Testing.Connectors;

namespace Crm.Connector.IntegrationTests;

/// <summary>
/// The schema registry, the CRM sandbox and the CRM connector as separate processes on the shared Kafka + Redis,
/// with their own topics, consumer groups and key prefix (<see cref="ConnectorFixture"/>). Shared by the tests of a
/// class; each test uses its own contacts and e-mail addresses and heals the sandbox's faults first.
/// </summary>
public sealed class CrmStack(StackFixture stack) : ConnectorFixture(stack, Setup)
{
    public const string ClientSecret = "test-client-secret";
    public const string AccessToken = "test-access-token";

    /// <summary>The sandbox's rolling rate-limit window (HubSpot's is 10 s), reported in X-HubSpot-RateLimit-Interval-Milliseconds.</summary>
    public static readonly TimeSpan RateLimitWindow = TimeSpan.FromSeconds(2);

    // After RateLimitWindow: static fields are initialised in the order they are written.
    private static readonly ConnectorStackOptions Setup = new()
    {
        System = "Crm",
        Partitions = 2,
        // Reverts have a topic and group per stack, so a revert published for one test class's contacts is never
        // applied (nor its calls counted) by another class's connector running alongside it.
        Topics = ["customer.upserted", "customer.merged", "inbound.dlq", "reverts"],
        Subscriptions =
        [
            new("customers") { Topic = "customer.upserted", InProcessMaxDelay = TimeSpan.FromMilliseconds(500), RetryTopicBaseDelay = TimeSpan.FromMilliseconds(500), RetryTopicMaxDelay = TimeSpan.FromSeconds(2) },
            new("reverts") { InProcessMaxDelay = TimeSpan.FromMilliseconds(500) },
        ],
        ConnectorReadyPath = "/health/ready",
        SandboxSettings = new Dictionary<string, string>
        {
            ["Crm__AccessToken"] = AccessToken,
            ["Webhooks__Secret"] = ClientSecret,
            ["Webhooks__RetryDelay"] = "00:00:00.200",
            ["Webhooks__MaxAttempts"] = "40",
            ["Crm__RateLimitIntervalMilliseconds"] = RateLimitWindow.TotalMilliseconds.ToString(CultureInfo.InvariantCulture),
        },
        ConnectorSettings = run => new Dictionary<string, string>
        {
            ["ExternalApis__crm__BaseUrl"] = run.Sandbox.BaseAddress.ToString(),
            ["ExternalApis__crm__Timeout"] = "00:00:03",
            ["Secrets__Values__crm-access-token"] = AccessToken,
            ["Secrets__Values__crm-client-secret"] = ClientSecret,
            ["Topics__Canonical__CustomerUpserted"] = run.Topic("customer.upserted"),
            ["Topics__Canonical__CustomerMerged"] = run.Topic("customer.merged"),
            ["Crm__InboundDeadLetterTopic"] = run.Topic("inbound.dlq"),
            ["Logging__LogLevel__Hub"] = "Information",
            ["Logging__LogLevel__Crm"] = "Information",
        },
        Diagnostics = async run =>
            "--- sandbox requests ---\n" + string.Join("\n", (await run.Control.GetRequestsAsync()).TakeLast(30).Select(r => $"{r.Method} {r.Path} {r.Status} {r.Note}")),
    };

    public string UpsertedTopic => Run.Topic("customer.upserted");

    public string MergedTopic => Run.Topic("customer.merged");

    public string InboundDeadLetterTopic => Run.Topic("inbound.dlq");

    /// <summary>This stack's revert requests (see the options above).</summary>
    public string RevertsTopic => Run.Topic("reverts");

    public Uri RegistryUrl => Hub.RegistryAddress;

    /// <summary>The CRM API, with the access token.</summary>
    public HttpClient Sandbox => Run.SandboxClient;

    public SandboxControlClient Control => Run.Control;

    /// <param name="query">A query string for the webhook URL (e.g. to prove the signature covers it as HubSpot does).</param>
    public Task PointWebhooksAtConnectorAsync(string query = "") => Run.PointWebhooksAsync("/webhooks/hubspot" + query);

    /// <summary>Webhooks are then only recorded, not sent, so a test can deliver its own.</summary>
    public Task MuteWebhooksAsync() => Run.PointWebhooksAsync(null);

    protected override async Task OnStartedAsync(ConnectorStack run)
    {
        run.SandboxClient.DefaultRequestHeaders.Authorization = new("Bearer", AccessToken);
        await PointWebhooksAtConnectorAsync();
    }
}
