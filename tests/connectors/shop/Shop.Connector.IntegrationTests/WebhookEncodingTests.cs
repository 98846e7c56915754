using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Testing.Vendors;
using Hub.Contracts;
using Hub.Testing;

namespace Shop.Connector.IntegrationTests;

/// <summary>
/// Shopify sends webhook bodies as raw UTF-8 and signs those bytes. The sandbox escaped non-ASCII (\u00EB), so the
/// connector's HMAC check had never seen a multi-byte body.
/// </summary>
[Collection(ShopCollection.Name)]
public sealed class WebhookEncodingTests(ShopFixture fixture) : IAsyncLifetime
{
    private const string Name = "Zoë Müller";
    private const string Street = "1-1 Chiyoda, 東京 & Co";

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await fixture.Control.HealAsync();

    [Fact]
    public async Task OrdersCreate_NonAsciiNames_SandboxSendsRawUtf8SignedOverThoseBytes()
    {
        var connectorTarget = await CurrentTargetAsync();
        using var capture = WebhookCapture.Start();
        await SetTargetAsync(capture.Url.ToString());
        (byte[] Body, IReadOnlyDictionary<string, string> Headers) delivery;
        try
        {
            var email = ShopOrders.NewEmail();
            await fixture.PlaceOrderAsync(Order(email));
            delivery = await capture.WaitForAsync(email, TimeSpan.FromSeconds(30));
        }
        finally
        {
            await SetTargetAsync(connectorTarget);
        }

        var text = Encoding.UTF8.GetString(delivery.Body);
        text.Should().Contain("\"first_name\":\"Zoë\"").And.Contain("Müller").And.Contain(Street);
        text.Should().NotContain("\\u", "Shopify escapes nothing but what JSON requires");
        delivery.Body.Should().Contain(b => b >= 0x80, "non-ASCII travels as multi-byte UTF-8");
        delivery.Headers[ShopifyWebhook.SignatureHeader].Should().Be(ShopifyWebhook.Sign(ShopFixture.Secret, delivery.Body));
    }

    [Fact]
    public async Task OrderCreated_NonAsciiNames_SignatureAcceptedAndNamesPublishedIntact()
    {
        var order = await fixture.PlaceOrderAsync(Order(ShopOrders.NewEmail()));
        var orderId = ShopOrders.Id(order["id"]);

        await fixture.UntilAsync(async () => (await fixture.ReadAsync<OrderPlaced>(fixture.OrderTopic)).Any(o => o.Envelope.SourceRecordId == orderId), "OrderPlaced for the order with non-ASCII names");

        var customerId = (await fixture.ReadAsync<OrderPlaced>(fixture.OrderTopic)).First(o => o.Envelope.SourceRecordId == orderId).CustomerId;
        var customer = (await fixture.ReadAsync<CustomerUpserted>(fixture.CustomerTopic)).First(c => c.Envelope.EntityId == customerId);
        customer.DisplayName.Should().Be(Name);
        customer.Addresses.Should().ContainSingle().Which.Line1.Should().Be(Street);
    }

    private static JsonObject Order(string email)
    {
        var order = ShopOrders.Create(email, customer: new JsonObject { ["first_name"] = "Zoë", ["last_name"] = "Müller", ["email"] = email });
        foreach (var kind in new[] { "billing_address", "shipping_address" })
        {
            order[kind]!["first_name"] = "Zoë";
            order[kind]!["last_name"] = "Müller";
            order[kind]!["address1"] = Street;
        }

        return order;
    }

    private async Task<string?> CurrentTargetAsync()
    {
        using var control = new HttpClient { BaseAddress = new Uri(fixture.Shop.BaseAddress!.GetLeftPart(UriPartial.Authority)) };
        return (await control.GetFromJsonAsync<JsonObject>("/_sandbox/webhook-target"))!["url"]?.GetValue<string>();
    }

    private async Task SetTargetAsync(string? url)
    {
        using var control = new HttpClient { BaseAddress = new Uri(fixture.Shop.BaseAddress!.GetLeftPart(UriPartial.Authority)) };
        using var response = await control.PutAsJsonAsync("/_sandbox/webhook-target", new { url });
        response.EnsureSuccessStatusCode();
    }
}
