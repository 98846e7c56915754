using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.DevStack;
using Hub.Testing;

namespace Hub.EndToEnd.IntegrationTests;

/// <summary>
/// `hub reconcile orders` over the running platform: a web order that reached the ERP as a sale order and accounting
/// as an invoice is the same order everywhere; once its sale order is deleted by hand in the ERP, it is missing there.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OrderReconciliationTests(PlatformFixture platform)
{
    private readonly SystemViews _systems = new(platform);

    [Fact]
    public async Task ShopOrder_InAllThreeSystemsThenDeletedInErp_ReportedMissingInErpOnly()
    {
        var start = DateTimeOffset.UtcNow.AddSeconds(-5);
        var email = SystemViews.NewEmail("orders");
        await AddErpProductAsync("MUG-BLUE");
        await _systems.PlaceShopOrderAsync(email, "Reconciled Ltd");
        JsonObject? saleOrder = null;
        await _systems.UntilAsync(
            async () => (saleOrder = await SaleOrderOfAsync(email)) is not null && await InvoicedAsync(saleOrder["origin"]!.ToString()),
            "the order as ERP sale order and accounting invoice");
        var canonicalId = saleOrder!["client_order_ref"]!.ToString();

        var before = await ReconcileAsync(start);
        var deleted = await DeleteAsync(saleOrder["id"]!.GetValue<int>());
        var after = await ReconcileAsync(start);

        deleted.Should().BeTrue();
        before.Differences.Where(d => d.CanonicalId == canonicalId).Should().BeEmpty($"the order is in the shop, the ERP and accounting: {before.Output}");
        after.Differences.Where(d => d.CanonicalId == canonicalId).Should().ContainSingle($"only the ERP lost it: {after.Output}")
            .Which.Should().Match<OrderDifference>(d => d.Kind == "missing" && d.System == "erp");
        after.ExitCode.Should().Be(4, "differences found");
    }

    private async Task<JsonObject?> SaleOrderOfAsync(string email)
    {
        var partner = (await _systems.ErpPartnersAsync(email)).FirstOrDefault();
        if (partner is null)
        {
            return null;
        }

        using var erp = platform.Client(HubPlatform.ErpSandbox);
        var orders = await erp.GetFromJsonAsync<JsonArray>("/_sandbox/erp/orders", TestContext.Current.CancellationToken) ?? [];
        return orders.OfType<JsonObject>().FirstOrDefault(o => o["partner_id"] is JsonArray { Count: > 0 } p && p[0]!.GetValue<int>() == partner["id"]!.GetValue<int>());
    }

    private async Task<bool> InvoicedAsync(string orderNumber)
    {
        using var accounting = XeroSandboxAccess.Authorize(platform.Client(HubPlatform.AccountingSandbox));
        var answer = await accounting.GetFromJsonAsync<JsonObject>("/api.xro/2.0/Invoices", TestContext.Current.CancellationToken);
        return (answer?["Invoices"]?.AsArray() ?? []).OfType<JsonObject>().Any(i => i["Reference"]?.ToString() == orderNumber);
    }

    /// <summary>The ERP must know the product, or the order is dead-lettered ("erp-unknown-product").</summary>
    private async Task AddErpProductAsync(string sku)
    {
        using var erp = platform.Client(HubPlatform.ErpSandbox);
        using var response = await erp.PostAsJsonAsync("/_sandbox/erp/products", new { sku, name = sku }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private async Task<bool> DeleteAsync(int saleOrderId)
    {
        using var erp = platform.Client(HubPlatform.ErpSandbox);
        using var response = await erp.DeleteAsync($"/_sandbox/erp/orders/{saleOrderId}", TestContext.Current.CancellationToken);
        return response.IsSuccessStatusCode;
    }

    private async Task<(int ExitCode, string Output, List<OrderDifference> Differences)> ReconcileAsync(DateTimeOffset since)
    {
        var (exit, output) = await HubCommand.RunAsync(
            platform.Stack,
            platform.KeyPrefix,
            "reconcile", "orders", "--since", since.ToString("O"),
            "--connector", $"shop={platform.Platform.Addresses[HubPlatform.ShopConnector]}",
            "--connector", $"erp={platform.Platform.Addresses[HubPlatform.ErpConnector]}",
            "--connector", $"accounting={platform.Platform.Addresses[HubPlatform.AccountingConnector]}",
            "-o", "json");
        exit.Should().BeOneOf([0, 4], output);
        // The JSON document comes first; progress lines (standard error) follow it.
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(output));
        using var document = JsonDocument.ParseValue(ref reader);
        var differences = document.RootElement.GetProperty("differences").EnumerateArray()
            .Select(d => new OrderDifference(d.GetProperty("kind").GetString()!, d.GetProperty("system").GetString()!, d.GetProperty("canonicalId").GetString()))
            .ToList();
        return (exit, output, differences);
    }

    private sealed record OrderDifference(string Kind, string System, string? CanonicalId);
}
