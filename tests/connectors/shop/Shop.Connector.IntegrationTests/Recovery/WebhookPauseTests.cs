using System.Net;
using System.Text;
using System.Text.Json;
using Hub.Messaging.Processing;
using Hub.Testing.Vendors;
using StackExchange.Redis;

namespace Shop.Connector.IntegrationTests.Recovery;

/// <summary>The kill switch on a real connector process's webhook intake (`hub pause shop-connector --inbound`).</summary>
[Collection(ShopCollection.Name)]
public sealed class WebhookPauseTests(ShopFixture fixture)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Webhook_WhileInboundPaused_Answers503WithRetryAfterAndAcceptsAgainAfterResume()
    {
        await using var connector = await IsolatedShopConnector.StartAsync(fixture);
        await using var redis = await ConnectionMultiplexer.ConnectAsync(fixture.Stack.RedisConfiguration);
        var key = $"{connector.Prefix}:conn:shop-connector:pause";
        var pause = new ConnectorPause { Scope = PauseScope.Inbound, Who = "integration-test", At = DateTimeOffset.UtcNow, Reason = "INC-78 shop re-import" };
        await redis.GetDatabase().HashSetAsync(key, pause.Scope, JsonSerializer.Serialize(pause, Json));
        using var client = new HttpClient { BaseAddress = connector.Address, Timeout = TimeSpan.FromSeconds(30) };
        HttpResponseMessage? refused = null;

        await Hub.Testing.Eventually.UntilAsync(
            async () =>
            {
                refused?.Dispose();
                refused = await client.SendAsync(Delivery(), TestContext.Current.CancellationToken);
                return refused.StatusCode == HttpStatusCode.ServiceUnavailable;
            },
            "the connector to see the pause (it reads it every 2 s)",
            TimeSpan.FromSeconds(15),
            cancellationToken: TestContext.Current.CancellationToken);

        refused!.Headers.RetryAfter?.Delta.Should().Be(TimeSpan.FromSeconds(60));
        (await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("paused (inbound) by integration-test").And.Contain("INC-78 shop re-import");
        refused.Dispose();
        var ready = await client.GetStringAsync("/health/ready", TestContext.Current.CancellationToken);
        ready.Should().Contain("INC-78 shop re-import", "readiness names the pause in its details");
        var claimsBefore = await ClaimsAsync(redis, connector.Prefix);
        foreach (var _ in Enumerable.Range(0, 3))
        {
            using var again = await client.SendAsync(Delivery(), TestContext.Current.CancellationToken);
            again.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        }

        (await ClaimsAsync(redis, connector.Prefix)).Should().Be(claimsBefore, "a refused delivery is not claimed (deliveries before the pause was seen were)");

        await redis.GetDatabase().KeyDeleteAsync(key);

        await Hub.Testing.Eventually.UntilAsync(
            async () =>
            {
                using var answer = await client.SendAsync(Delivery(), TestContext.Current.CancellationToken);
                return answer.StatusCode != HttpStatusCode.ServiceUnavailable;
            },
            "the connector to accept deliveries again after resume",
            TimeSpan.FromSeconds(15),
            cancellationToken: TestContext.Current.CancellationToken);
    }

    private static async Task<int> ClaimsAsync(ConnectionMultiplexer redis, string prefix)
    {
        var claims = 0;
        foreach (var server in redis.GetServers().Where(s => !s.IsReplica))
        {
            await foreach (var _ in server.KeysAsync(pattern: $"{prefix}:webhook:*"))
            {
                claims++;
            }
        }

        return claims;
    }

    private static HttpRequestMessage Delivery()
    {
        var body = Encoding.UTF8.GetBytes("{\"id\": 1}");
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/shopify") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(ShopifyWebhook.TopicHeader, "orders/create");
        request.Headers.Add(ShopifyWebhook.WebhookIdHeader, Guid.NewGuid().ToString("D"));
        request.Headers.Add(ShopifyWebhook.SignatureHeader, ShopifyWebhook.Sign(ShopFixture.Secret, body));
        return request;
    }
}
