using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Contracts;
using Hub.Sandboxes;

namespace Shop.Connector.IntegrationTests;

[Collection(ShopCollection.Name)]
public sealed class OutboundTests(ShopFixture fixture) : IAsyncLifetime
{
    private const string SetPath = "/admin/api/2024-10/inventory_levels/set.json";

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await fixture.Control.HealAsync();

    [Fact]
    public async Task StockLevelChanged_FromErp_SetsInventoryLevelOnce()
    {
        var (sku, item) = await CreateProductAsync();
        var changed = Stock(sku, onHand: 17, reserved: 2, source: "erp");

        await fixture.Publisher.PublishAsync(fixture.StockTopic, changed);
        await UntilLevelAsync(item, 15);

        (await SetsOf(changed)).Should().ContainSingle(r => r.Status == 200, "an applied change is written once");
    }

    [Fact]
    public async Task StockLevelChanged_WhileRateLimited_RetriedAfterRetryAfterAndSetOnce()
    {
        var (sku, item) = await CreateProductAsync();
        // The sandbox answers like Shopify: Retry-After: 2.0 (seconds with a fraction, which .NET's typed header drops).
        await fixture.Control.SetFaultsAsync(new FaultSettings { Mode = FaultMode.RateLimited, RetryAfterSeconds = 2, Requests = 3 });
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);
        var changed = Stock(sku, onHand: 40, reserved: 0, source: "erp");

        await fixture.Publisher.PublishAsync(fixture.StockTopic, changed);
        // Only the connector calls the API meanwhile, so the three refusals were its calls.
        await fixture.UntilAsync(async () => (await fixture.Control.GetRequestsAsync()).Count(r => r.At >= started && r.Status == 429) >= 3, "three calls refused with 429");
        await UntilLevelAsync(item, 40);

        var calls = (await fixture.Control.GetRequestsAsync()).Where(r => r.At >= started && r.Path.StartsWith("/admin/api/2024-10/", StringComparison.Ordinal)).ToList();
        var limited = calls.Where(r => r.Status == 429).ToList();
        limited.Should().HaveCount(3);
        var next = calls.First(r => r.At > limited[0].At);
        (next.At - limited[0].At).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1.9), "Retry-After: 2.0 is honoured");
        (await SetsOf(changed)).Should().ContainSingle(r => r.Status == 200);
    }

    [Fact]
    public async Task StockLevelChanged_FromShopItself_IsNotWrittenBack()
    {
        var (sku, item) = await CreateProductAsync();
        var echo = Stock(sku, onHand: 99, reserved: 0, source: "shop");
        var later = Stock(sku, onHand: 5, reserved: 0, source: "erp");

        await fixture.Publisher.PublishAsync(fixture.StockTopic, echo);
        await fixture.Publisher.PublishAsync(fixture.StockTopic, later);
        await UntilLevelAsync(item, 5);

        (await SetsOf(echo)).Should().BeEmpty("a connector never writes its own system's changes back");
    }

    private StockLevelChanged Stock(string sku, decimal onHand, decimal reserved, string source) => new()
    {
        Envelope = new Envelope
        {
            EventId = Guid.NewGuid(), EntityId = $"MAIN:{sku}", SourceSystem = source, SourceRecordId = sku,
            OccurredAt = DateTimeOffset.UtcNow, CorrelationId = Guid.NewGuid().ToString(), SchemaVersion = StockLevelChanged.ContractVersion,
        },
        Sku = sku,
        WarehouseCode = "MAIN",
        QuantityOnHand = onHand,
        QuantityReserved = reserved,
        Reason = StockChangeReason.Adjustment,
    };

    private async Task<(string Sku, long InventoryItemId)> CreateProductAsync()
    {
        var sku = $"SKU-{Guid.NewGuid():N}"[..16];
        using var response = await fixture.Shop.PostAsJsonAsync("products.json", new JsonObject
        {
            ["product"] = new JsonObject { ["title"] = "Test product", ["variants"] = new JsonArray(new JsonObject { ["sku"] = sku, ["price"] = "5.00", ["inventory_quantity"] = 1 }) },
        });
        response.EnsureSuccessStatusCode();
        var product = (await response.Content.ReadFromJsonAsync<JsonObject>())!["product"]!;
        return (sku, (long)product["variants"]![0]!["inventory_item_id"]!);
    }

    private Task UntilLevelAsync(long item, int available) => fixture.UntilAsync(async () =>
    {
        using var response = await fixture.Shop.GetAsync(new Uri($"inventory_levels.json?inventory_item_ids={item}", UriKind.Relative));
        if (!response.IsSuccessStatusCode)
        {
            return false;
        }

        var levels = await response.Content.ReadFromJsonAsync<JsonObject>();
        return levels!["inventory_levels"]!.AsArray().Any(l => (int)l!["available"]! == available);
    }, $"inventory item {item} to be at {available}");

    private async Task<List<RecordedRequest>> SetsOf(StockLevelChanged changed) =>
        (await fixture.Control.GetRequestsAsync())
            .Where(r => r.Method == "POST" && r.Path == SetPath && r.IdempotencyKey?.EndsWith(changed.Envelope.EventId.ToString(), StringComparison.Ordinal) == true)
            .ToList();
}
