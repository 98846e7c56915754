using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.DevStack;

namespace Hub.Demo;

/// <summary>What the sandbox systems hold now, read back through their APIs and inspection endpoints.</summary>
public sealed class SandboxViews(DemoPlatform platform)
{
    public Task<List<JsonObject>> ErpPartnersAsync(CancellationToken cancellationToken) =>
        ArrayAsync(HubPlatform.ErpSandbox, "/_sandbox/erp/partners", cancellationToken);

    public Task<List<JsonObject>> ErpSaleOrdersAsync(CancellationToken cancellationToken) =>
        ArrayAsync(HubPlatform.ErpSandbox, "/_sandbox/erp/orders", cancellationToken);

    public Task<List<JsonObject>> AccountingContactsAsync(CancellationToken cancellationToken) =>
        ListAsync(HubPlatform.AccountingSandbox, "/api.xro/2.0/Contacts", "Contacts", cancellationToken);

    public Task<List<JsonObject>> AccountingInvoicesAsync(CancellationToken cancellationToken) =>
        ListAsync(HubPlatform.AccountingSandbox, "/api.xro/2.0/Invoices", "Invoices", cancellationToken);

    public Task<List<JsonObject>> CrmContactsAsync(CancellationToken cancellationToken) =>
        ListAsync(HubPlatform.CrmSandbox, "/_sandbox/contacts", "results", cancellationToken);

    /// <summary>The web shop's available quantity of a SKU at its location; null when the shop has no level for it.</summary>
    public async Task<long?> ShopAvailableAsync(string sku, CancellationToken cancellationToken)
    {
        var products = await ListAsync(HubPlatform.ShopSandbox, "/admin/api/2024-10/products.json", "products", cancellationToken);
        var item = products.SelectMany(p => p["variants"]?.AsArray() ?? []).OfType<JsonObject>()
            .FirstOrDefault(v => v["sku"]?.ToString() == sku)?["inventory_item_id"]?.ToString();
        if (item is null)
        {
            return null;
        }

        var levels = await ListAsync(HubPlatform.ShopSandbox, $"/admin/api/2024-10/inventory_levels.json?inventory_item_ids={item}", "inventory_levels", cancellationToken);
        return levels.Select(l => (long?)l["available"]?.GetValue<long>()).FirstOrDefault();
    }

    private async Task<List<JsonObject>> ArrayAsync(string service, string path, CancellationToken cancellationToken)
    {
        using var http = platform.Client(service);
        var answer = await http.GetFromJsonAsync<JsonArray>(path, cancellationToken) ?? [];
        return [.. answer.OfType<JsonObject>()];
    }

    private async Task<List<JsonObject>> ListAsync(string service, string path, string property, CancellationToken cancellationToken)
    {
        using var http = service == HubPlatform.AccountingSandbox ? XeroSandboxAccess.Authorize(platform.Client(service)) : platform.Client(service);
        var answer = await http.GetFromJsonAsync<JsonObject>(path, cancellationToken);
        return [.. (answer?[property]?.AsArray() ?? []).OfType<JsonObject>()];
    }
}
