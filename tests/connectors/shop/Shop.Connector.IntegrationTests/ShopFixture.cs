using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Sandboxes;
using Hub.Testing;
using Hub.Testing.Connectors;

namespace Shop.Connector.IntegrationTests;

/// <summary>
/// One registry, one shop sandbox and one shop connector (separate processes) on the shared stack, with their own
/// topics, consumer group and Redis prefix (<see cref="ConnectorFixture"/>); plus the sandbox's Admin API.
/// </summary>
public sealed class ShopFixture(StackFixture stack) : ConnectorFixture(stack, Setup)
{
    public const string Secret = "shpss_integration_secret";
    public const string Token = "shpat_integration_token";
    public const string ApiBase = "admin/api/2024-10/";

    private static readonly ConnectorStackOptions Setup = new()
    {
        System = "Shop",
        Topics = ["customers", "orders", "stock", "inbound-dlq"],
        Subscriptions = [new("stock") { RetryTopicBaseDelay = TimeSpan.FromMilliseconds(500), RetryTopicMaxDelay = TimeSpan.FromSeconds(2), CircuitBreakerEnabled = false }],
        SandboxSettings = new Dictionary<string, string>
        {
            ["Sandbox__AccessToken"] = Token,
            ["Webhooks__Secret"] = Secret,
            ["Webhooks__MaxAttempts"] = "3",
            ["Webhooks__RetryDelay"] = "00:00:00.100",
        },
        ConnectorSettings = run => new Dictionary<string, string>
        {
            ["Topics__Canonical__CustomerUpserted"] = run.Topic("customers"),
            ["Topics__Canonical__OrderPlaced"] = run.Topic("orders"),
            ["Shop__InboundDeadLetterTopic"] = run.Topic("inbound-dlq"),
            ["Shop__CatalogueRefreshInterval"] = "00:00:00",
            ["ExternalApis__shop__BaseUrl"] = run.Sandbox.BaseAddress.ToString(),
            ["ExternalApis__shop__Timeout"] = "00:00:03",
            ["ExternalApis__shop__CredentialHeader"] = "X-Shopify-Access-Token",
            ["ExternalApis__shop__CredentialSecret"] = "shop-access-token",
            ["Secrets__Values__shop-access-token"] = Token,
            ["Secrets__Values__shop-webhook-secret"] = Secret,
        },
    };

    public string CustomerTopic => Run.Topic("customers");

    public string OrderTopic => Run.Topic("orders");

    public string StockTopic => Run.Topic("stock");

    public string DeadLetterTopic => Run.Topic("inbound-dlq");

    /// <summary>The sandbox's Admin API, with the access token.</summary>
    public HttpClient Shop { get; private set; } = new();

    public SandboxControlClient Control => Run.Control;

    public override async ValueTask DisposeAsync()
    {
        Shop.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>POST orders.json; returns the created order.</summary>
    public async Task<JsonObject> PlaceOrderAsync(JsonObject order)
    {
        using var response = await Shop.PostAsJsonAsync("orders.json", new JsonObject { ["order"] = order });
        response.EnsureSuccessStatusCode();
        return (JsonObject)(await response.Content.ReadFromJsonAsync<JsonObject>())!["order"]!;
    }

    protected override async Task OnStartedAsync(ConnectorStack run)
    {
        Shop = new HttpClient { BaseAddress = new Uri(run.Sandbox.BaseAddress, ApiBase) };
        Shop.DefaultRequestHeaders.Add("X-Shopify-Access-Token", Token);
        await run.PointWebhooksAsync("/webhooks/shopify");
    }
}
