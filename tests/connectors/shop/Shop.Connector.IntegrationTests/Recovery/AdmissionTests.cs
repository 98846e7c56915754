using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Hub.Connectors.Webhooks;
using Hub.Testing.Vendors;

namespace Shop.Connector.IntegrationTests.Recovery;

/// <summary>Admission control on the webhook endpoint of a real connector process, with requests held open by slow bodies.</summary>
[Collection(ShopCollection.Name)]
public sealed class AdmissionTests(ShopFixture fixture)
{
    [Fact]
    public async Task Webhook_BeyondTheAdmissionLimit_Answers503WithRetryAfterAtOnceWhileProbesAnswer()
    {
        await using var connector = await IsolatedShopConnector.StartAsync(fixture, new Dictionary<string, string>
        {
            ["WebhookAdmission__MaxInProgress"] = "2",
            ["WebhookAdmission__RetryAfter"] = "00:00:03",
        });
        using var client = new HttpClient { BaseAddress = connector.Address, Timeout = TimeSpan.FromSeconds(60) };
        var body = Encoding.UTF8.GetBytes("{\"id\": 1}");
        // A first delivery warms the path up, so what follows happens well inside Kestrel's 5 s body-rate grace period.
        (await client.SendAsync(Delivery(new ByteArrayContent(body), body), TestContext.Current.CancellationToken)).Dispose();

        // Two deliveries whose bodies have not finished arriving hold both slots (raw sockets: headers and one byte).
        var held = new List<TcpClient>();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var socket = new TcpClient();
            await socket.ConnectAsync(connector.Address.Host, connector.Address.Port, TestContext.Current.CancellationToken);
            await socket.GetStream().WriteAsync(Encoding.ASCII.GetBytes(RawHead(connector.Address, body)).Concat(body.Take(1)).ToArray(), TestContext.Current.CancellationToken);
            held.Add(socket);
        }

        await Hub.Testing.Eventually.UntilAsync(async () => (await client.GetStringAsync("/metrics", TestContext.Current.CancellationToken))
            .Split('\n').Any(line => line.StartsWith("aspnetcore_rate_limiting_active_request_leases{", StringComparison.Ordinal) && line.EndsWith(" 2", StringComparison.Ordinal)),
            "both held deliveries to hold an admission lease", TimeSpan.FromSeconds(5), cancellationToken: TestContext.Current.CancellationToken);
        using var refused = await client.SendAsync(Delivery(new ByteArrayContent(body), body), TestContext.Current.CancellationToken);
        var live = Stopwatch.StartNew();
        var liveAnswered = await connector.ProbeAsync("/health/live");
        live.Stop();

        refused.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        refused.Headers.RetryAfter?.Delta.Should().Be(TimeSpan.FromSeconds(3));
        (await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("too many webhook requests in progress");
        liveAnswered.Should().BeTrue("the probes are not behind the webhook limit");
        live.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        foreach (var socket in held)
        {
            await socket.GetStream().WriteAsync(body.AsMemory(1), TestContext.Current.CancellationToken);
            using var reader = new StreamReader(socket.GetStream(), Encoding.ASCII, leaveOpen: true);
            var status = await reader.ReadLineAsync(TestContext.Current.CancellationToken);
            status.Should().StartWith("HTTP/1.1 ").And.NotContain("503", "admitted requests run to their end once their bodies arrive");
            socket.Dispose();
        }
    }

    private static string RawHead(Uri address, byte[] body) =>
        $"POST /webhooks/shopify HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n" +
        $"{ShopifyWebhook.TopicHeader}: orders/create\r\n{ShopifyWebhook.WebhookIdHeader}: {Guid.NewGuid():D}\r\n{ShopifyWebhook.SignatureHeader}: {ShopifyWebhook.Sign(ShopFixture.Secret, body)}\r\n\r\n";

    private static HttpRequestMessage Delivery(HttpContent content, byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/shopify") { Content = content };
        request.Content.Headers.ContentType = new("application/json");
        request.Content.Headers.ContentLength = body.Length;
        request.Headers.Add(ShopifyWebhook.TopicHeader, "orders/create");
        request.Headers.Add(ShopifyWebhook.WebhookIdHeader, Guid.NewGuid().ToString("D"));
        request.Headers.Add(ShopifyWebhook.SignatureHeader, ShopifyWebhook.Sign(ShopFixture.Secret, body));
        return request;
    }
}
