using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Connectors.Hosting;
using Hub.Contracts;
using Hub.Testing;

namespace Erp.Connector.IntegrationTests;

/// <summary>Changes made inside the ERP sandbox, polled by the connector process and published as canonical events.</summary>
public class InboundTests(ErpHubFixture hub) : IClassFixture<ErpHubFixture>
{
    [Fact]
    public async Task StockChanged_InErp_OneEventWithDeterministicIdAndWatermarkSurvivesRestart()
    {
        await using var erp = await ErpHarness.StartAsync(hub);

        var quant = await erp.PutAsync("/_sandbox/erp/stock", new { sku = "SKU-1", quantity = 42, reserved = 2 });

        var first = (await erp.ReadAsync<StockLevelChanged>(erp.StockTopic, 1)).Single();
        var quantId = quant["id"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture);
        var writeDate = DateTimeOffset.ParseExact(quant["write_date"]!.ToString(), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        first.Envelope.EventId.Should().Be(DeterministicEventId.ForChange("erp", "stock.quant", $"{quantId}/42/2", writeDate));
        first.Envelope.SourceSystem.Should().Be("erp");
        first.Envelope.SourceRecordId.Should().Be(quantId);
        first.Sku.Should().Be("SKU-1");
        first.WarehouseCode.Should().Be("WH/Stock");
        first.QuantityOnHand.Should().Be(42m);
        first.QuantityReserved.Should().Be(2m);
        first.Envelope.EntityId.Should().NotBeNullOrEmpty().And.NotBe("SKU-1", "the key is the product's canonical id from the cross-reference");

        await erp.StopConnectorAsync();
        await erp.PutAsync("/_sandbox/erp/stock", new { sku = "SKU-2", quantity = 7 });
        await erp.StartConnectorAsync();

        var events = await erp.ReadAsync<StockLevelChanged>(erp.StockTopic, 2);
        events.Select(e => e.Sku).Should().Equal(["SKU-1", "SKU-2"], "the restarted connector resumes from its watermark and publishes only the new change");
        await erp.UntilAsync(async () => (await erp.MetricsAsync()).Contains("hub_connector_inbound_records_total", StringComparison.Ordinal), "a poll after the restart");
        erp.Count(erp.StockTopic).Should().Be(2, erp.Diagnostics());
        events[1].Envelope.EntityId.Should().NotBe(first.Envelope.EntityId, "another product");
    }

    [Fact]
    public async Task StockWrittenInOneTransaction_MoreRowsThanAPage_EachQuantPublishedOnce()
    {
        // Odoo stamps every row of one transaction with the same write_date (microseconds kept, seconds shown): a
        // keyset on "write_date = shown second" matches none of them and "> shown second" matches all again.
        await using var erp = await ErpHarness.StartAsync(hub, new Dictionary<string, string>
        {
            ["Polling__erp-stock__PageSize"] = "10",
            ["Polling__erp-orders__Enabled"] = "false",
        });
        var quants = new JsonArray([.. Enumerable.Range(1, 35).Select(i => (JsonNode)new JsonObject { ["product_id"] = 1 + (i % 3), ["location_id"] = 1, ["quantity"] = i })]);

        var ids = (await erp.ExecuteKwAsync("stock.quant", "create", [quants]))!.AsArray().Select(i => i!.GetValue<int>().ToString(CultureInfo.InvariantCulture)).ToList();

        var events = await erp.ReadAsync<StockLevelChanged>(erp.StockTopic, ids.Count);
        events.Select(e => e.Envelope.SourceRecordId).Should().BeEquivalentTo(ids, "every quant of the transaction, none twice");
        var requests = (await erp.Control.GetRequestsAsync(TestContext.Current.CancellationToken)).Count;
        await erp.UntilAsync(async () => (await erp.Control.GetRequestsAsync(TestContext.Current.CancellationToken)).Count >= requests + 6, "more polls re-reading the overlap window");
        erp.Count(erp.StockTopic).Should().Be(ids.Count, "re-read versions are not published again\n" + erp.Diagnostics());
    }

    [Fact]
    public async Task OrderStateChanged_InErp_PublishesOrderStatusChanged()
    {
        await using var erp = await ErpHarness.StartAsync(hub);
        await erp.ExecuteKwAsync("res.partner", "create", [new JsonObject { ["name"] = "Buyer", ["ref"] = "cust-s1" }]);
        var orderId = (await erp.ExecuteKwAsync("sale.order", "create", [new JsonObject { ["partner_id"] = 1, ["client_order_ref"] = "order-s1", ["origin"] = "WEB-1001" }]))!.GetValue<int>();
        var statusKey = $"{erp.Prefix}:conn:erp-connector:order-status";
        await erp.UntilAsync(async () => await erp.Redis.GetDatabase().HashExistsAsync(statusKey, orderId), "the poller to see the new quotation");

        await erp.PutAsync($"/_sandbox/erp/orders/{orderId}/state", new { state = "sale" });

        var changed = (await erp.ReadAsync<OrderStatusChanged>(erp.OrderStatusTopic, 1)).Single();
        changed.Envelope.EntityId.Should().Be("order-s1");
        changed.Envelope.SourceSystem.Should().Be("erp");
        changed.OrderNumber.Should().Be("WEB-1001");
        changed.Status.Should().Be(OrderStatus.Confirmed);
        changed.PreviousStatus.Should().Be(OrderStatus.Pending);

        await erp.PutAsync($"/_sandbox/erp/orders/{orderId}/state", new { state = "cancel" });
        var both = await erp.ReadAsync<OrderStatusChanged>(erp.OrderStatusTopic, 2);
        both[1].Status.Should().Be(OrderStatus.Cancelled);
        both[1].PreviousStatus.Should().Be(OrderStatus.Confirmed);
        both[1].Envelope.EventId.Should().NotBe(both[0].Envelope.EventId);
    }
}
