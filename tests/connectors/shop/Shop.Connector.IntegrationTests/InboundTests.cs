using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Connectors.Webhooks;
using Hub.Contracts;
using Hub.Sandboxes;
using Hub.Testing;
using Hub.Testing.Messaging;
using Hub.Testing.Vendors;
using Shop.Connector.Inbound;

namespace Shop.Connector.IntegrationTests;

[Collection(ShopCollection.Name)]
public sealed class InboundTests(ShopFixture fixture) : IAsyncLifetime
{
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await fixture.Control.HealAsync();

    [Fact]
    public async Task OrderCreated_InSandbox_PublishesOneOrderPlacedAndOneCustomerUpserted()
    {
        var email = ShopOrders.NewEmail();

        var order = await fixture.PlaceOrderAsync(ShopOrders.Create(email));
        await fixture.UntilAsync(async () => (await OrdersOf(order)).Count > 0, "OrderPlaced for the sandbox's order");
        await WebhooksSettledAsync();

        var placed = (await OrdersOf(order)).Should().ContainSingle().Subject;
        var customer = (await CustomersOf(order)).Should().ContainSingle().Subject;
        placed.OrderNumber.Should().Be((string)order["name"]!);
        placed.CustomerId.Should().Be(customer.Envelope.EntityId, "the order carries the canonical customer id");
        placed.Envelope.SourceSystem.Should().Be("shop");
        placed.Envelope.CorrelationId.Should().Be(customer.Envelope.CorrelationId, "one checkout is one business transaction");
        placed.GrossTotal.Should().BeEquivalentTo(new Money { Amount = 27.79m, Currency = "GBP" });
        placed.NetTotal.Amount.Should().Be(19.00m);
        placed.TaxTotal.Amount.Should().Be(3.80m);
        placed.ShippingTotal.Amount.Should().Be(4.99m);
        var line = placed.Lines.Should().ContainSingle().Subject;
        (line.Sku, line.Quantity, line.UnitPrice.Amount, line.TaxRatePercent, line.LineTotal.Amount).Should().Be(("MUG-BLUE", 2m, 9.50m, 20m, 19.00m));
        customer.Email.Should().Be(email);
        customer.DisplayName.Should().Be("Ada Lovelace");
        customer.Addresses.Should().ContainSingle().Which.PostalCode.Should().Be("EC1A 1BB");
    }

    [Fact]
    public async Task OrderCreated_DeliveredThreeTimes_StillOneOfEach()
    {
        var before = await fixture.Control.GetWebhookStatisticsAsync();
        await fixture.Control.SetFaultsAsync(new FaultSettings { WebhookCopies = 3 });

        var order = await fixture.PlaceOrderAsync(ShopOrders.Create(ShopOrders.NewEmail()));
        await fixture.UntilAsync(async () => (await fixture.Control.GetWebhookStatisticsAsync()).Sent - before.Sent >= 3, "three copies of the webhook to be sent");
        await WebhooksSettledAsync();

        (await OrdersOf(order)).Should().ContainSingle();
        (await CustomersOf(order)).Should().ContainSingle();
    }

    /// <summary>
    /// Shopify's duplicates can be new deliveries of one event: a new X-Shopify-Webhook-Id, the same
    /// X-Shopify-Event-Id. Deduplicating on the webhook id alone published a second OrderPlaced (a second invoice).
    /// </summary>
    [Fact]
    public async Task OrderCreated_DuplicatesWithNewWebhookIdsSameEventId_StillOneOfEach()
    {
        var before = await fixture.Control.GetWebhookStatisticsAsync();
        await fixture.Control.SetFaultsAsync(new FaultSettings { WebhookCopies = 3, CopiesAsNewDeliveries = true });

        var order = await fixture.PlaceOrderAsync(ShopOrders.Create(ShopOrders.NewEmail()));
        await fixture.UntilAsync(async () => (await fixture.Control.GetWebhookStatisticsAsync()).Sent - before.Sent >= 3, "three deliveries of the webhook to be sent");
        await WebhooksSettledAsync();

        (await OrdersOf(order)).Should().ContainSingle();
        (await CustomersOf(order)).Should().ContainSingle();
    }

    [Fact]
    public async Task CustomerCreated_InSandbox_PublishesOneCustomerUpsertedWithNewCanonicalId()
    {
        var email = ShopOrders.NewEmail();
        using var response = await fixture.Shop.PostAsJsonAsync("customers.json", new JsonObject
        {
            ["customer"] = new JsonObject { ["first_name"] = "Grace", ["last_name"] = "Hopper", ["email"] = email, ["phone"] = "020 7946 0018" },
        });
        response.EnsureSuccessStatusCode();
        var customerId = ShopOrders.Id((await response.Content.ReadFromJsonAsync<JsonObject>())!["customer"]!["id"]);

        await fixture.UntilAsync(async () => (await CustomersOf(customerId)).Count > 0, "CustomerUpserted for the new shop customer");
        await WebhooksSettledAsync();

        var upserted = (await CustomersOf(customerId)).Should().ContainSingle().Subject;
        (upserted.DisplayName, upserted.Email, upserted.Phone).Should().Be(("Grace Hopper", email, "+442079460018"));
        (await fixture.CrossReference.GetCanonicalIdAsync("customer", "shop", customerId)).Should().Be(upserted.Envelope.EntityId,
            "the shop may create canonical customers (also-created-by)");
    }

    [Fact]
    public async Task Webhook_BadSignature_Answers401AndPublishesNothing()
    {
        var orderId = Random.Shared.NextInt64(1_000_000_000, 9_000_000_000);
        var body = Encoding.UTF8.GetBytes(Payload(orderId, "BAD-HMAC-SKU").ToJsonString());

        using var response = await PostWebhookAsync(body, ShopifyWebhook.Sign("not-the-app-secret", body));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).Should().Contain(ShopifyWebhook.SignatureHeader);
        (await fixture.ReadAsync<OrderPlaced>(fixture.OrderTopic)).Should().NotContain(o => o.Envelope.SourceRecordId == orderId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Webhook_MalformedPayload_Answers400AndPublishesNothing()
    {
        var before = await fixture.Control.GetWebhookStatisticsAsync();
        await fixture.Control.SetFaultsAsync(new FaultSettings { MalformedWebhooks = true });

        var order = await fixture.PlaceOrderAsync(ShopOrders.Create(ShopOrders.NewEmail()));
        await fixture.UntilAsync(async () => (await fixture.Control.GetWebhookStatisticsAsync()).Abandoned > before.Abandoned, "the sandbox to give up on the refused webhook");
        var truncated = Encoding.UTF8.GetBytes("""{"id": 1, "name": "#1""");
        using var direct = await PostWebhookAsync(truncated, ShopifyWebhook.Sign(ShopFixture.Secret, truncated));

        direct.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await direct.Content.ReadAsStringAsync()).Should().Contain("malformed JSON");
        (await OrdersOf(order)).Should().BeEmpty();
        (await CustomersOf(order)).Should().BeEmpty();
    }

    [Fact]
    public async Task Webhook_SignedButUnmappable_AcknowledgedAndDeadLettered()
    {
        var orderId = Random.Shared.NextInt64(1_000_000_000, 9_000_000_000);
        var body = Encoding.UTF8.GetBytes(Payload(orderId, sku: null).ToJsonString());

        using var response = await PostWebhookAsync(body, ShopifyWebhook.Sign(ShopFixture.Secret, body), out var webhookId);

        response.StatusCode.Should().Be(HttpStatusCode.OK, "Shopify's retries would fail the same way");
        (await response.Content.ReadAsStringAsync()).Should().Contain("rejected");
        var rejection = TopicReader.ReadToEnd(fixture.Stack, fixture.DeadLetterTopic)
            .Select(m => JsonSerializer.Deserialize<InboundRejection>(m.Message.Value, InboundRejectionSerializer.Options)!)
            .Should().ContainSingle(r => r.WebhookId == webhookId).Subject;
        rejection.Topic.Should().Be("orders/create");
        rejection.Reasons.Should().Contain(r => r.Contains("line_items[0].sku", StringComparison.Ordinal));
        rejection.RawBody.Should().Be(Encoding.UTF8.GetString(body));
        (await fixture.ReadAsync<OrderPlaced>(fixture.OrderTopic)).Should().NotContain(o => o.Envelope.SourceRecordId == orderId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static JsonObject Payload(long orderId, string? sku)
    {
        var order = ShopOrders.Create(ShopOrders.NewEmail(), sku ?? "");
        order["id"] = orderId;
        order["name"] = $"#{orderId}";
        order["created_at"] = "2024-10-01T12:00:00+01:00";
        order["subtotal_price"] = "19.00";
        order["total_price"] = "27.79";
        order["customer"]!["id"] = orderId + 1;
        return order;
    }

    private Task<HttpResponseMessage> PostWebhookAsync(byte[] body, string signature) => PostWebhookAsync(body, signature, out _);

    private Task<HttpResponseMessage> PostWebhookAsync(byte[] body, string signature, out string webhookId)
    {
        webhookId = Guid.NewGuid().ToString("D");
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/shopify") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add(ShopifyWebhook.SignatureHeader, signature);
        request.Headers.Add(ShopifyWebhook.TopicHeader, "orders/create");
        request.Headers.Add(ShopifyWebhook.WebhookIdHeader, webhookId);
        request.Headers.Add(ShopifyWebhook.ShopDomainHeader, "hub-sandbox.myshopify.com");
        return fixture.Connector.SendAsync(request);
    }

    private async Task<List<OrderPlaced>> OrdersOf(JsonObject order) =>
        (await fixture.ReadAsync<OrderPlaced>(fixture.OrderTopic)).Where(o => o.Envelope.SourceRecordId == ShopOrders.Id(order["id"])).ToList();

    private Task<List<CustomerUpserted>> CustomersOf(JsonObject order) => CustomersOf(ShopOrders.Id(order["customer"]!["id"]));

    private async Task<List<CustomerUpserted>> CustomersOf(string shopCustomerId) =>
        (await fixture.ReadAsync<CustomerUpserted>(fixture.CustomerTopic)).Where(c => c.Envelope.SourceRecordId == shopCustomerId).ToList();

    private Task WebhooksSettledAsync() =>
        fixture.UntilAsync(async () => (await fixture.Control.GetWebhookStatisticsAsync()).Pending == 0, "every webhook to be acknowledged");
}
