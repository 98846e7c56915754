using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.DevStack;
using Hub.Sandboxes;

namespace Hub.Demo;

/// <summary>Business happening in the sandbox systems, through their real APIs (as users and vendors cause it).</summary>
public sealed class SandboxActions(DemoPlatform platform)
{
    /// <summary>A salesperson creates a contact through the CRM's API; the CRM sends a signed webhook.</summary>
    public async Task CreateCrmContactAsync(Person person, CancellationToken cancellationToken)
    {
        using var crm = platform.Client(HubPlatform.CrmSandbox);
        using var response = await crm.PostAsJsonAsync("/crm/v3/objects/contacts", new JsonObject
        {
            ["properties"] = new JsonObject
            {
                ["email"] = person.Email, ["firstname"] = person.GivenName, ["lastname"] = person.FamilyName,
                ["company"] = person.Company, ["company_type"] = "PARTNER", ["country"] = "GB",
                ["phone"] = "020 7946 0018", ["hs_language"] = "en-gb", ["lifecyclestage"] = "customer",
            },
        }, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A checkout in the web shop; answers the order number (e.g. #1001).</summary>
    public async Task<string> PlaceShopOrderAsync(Person person, string sku, int quantity, string price, CancellationToken cancellationToken)
    {
        var address = new JsonObject
        {
            ["first_name"] = person.GivenName, ["last_name"] = person.FamilyName, ["company"] = person.Company,
            ["address1"] = "1 Compiler Lane", ["city"] = "London", ["zip"] = "EC1A 1BB", ["country"] = "United Kingdom", ["country_code"] = "GB",
        };
        var order = new JsonObject
        {
            ["email"] = person.Email,
            ["currency"] = "GBP",
            ["customer"] = new JsonObject { ["first_name"] = person.GivenName, ["last_name"] = person.FamilyName, ["email"] = person.Email, ["default_address"] = address.DeepClone() },
            ["billing_address"] = address,
            ["shipping_address"] = address.DeepClone(),
            ["line_items"] = new JsonArray(new JsonObject { ["sku"] = sku, ["title"] = sku, ["quantity"] = quantity, ["price"] = price }),
        };
        using var shop = platform.Client(HubPlatform.ShopSandbox);
        using var response = await shop.PostAsJsonAsync("/admin/api/2024-10/orders.json", new JsonObject { ["order"] = order }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var placed = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        return placed?["order"]?["name"]?.ToString() ?? throw new InvalidOperationException("The shop answered an order without a number.");
    }

    /// <summary>The legacy system's nightly customer export, with its completion marker.</summary>
    public async Task DropLegacyCustomersAsync(string fileName, IEnumerable<Dictionary<string, string>> rows, CancellationToken cancellationToken)
    {
        using var legacy = platform.Client(HubPlatform.LegacySandbox);
        using var response = await legacy.PostAsJsonAsync("/_sandbox/legacy/exports/customers", new { fileName, rows, marker = true }, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task AddErpProductAsync(string sku, string name, CancellationToken cancellationToken)
    {
        using var erp = platform.Client(HubPlatform.ErpSandbox);
        using var response = await erp.PostAsJsonAsync("/_sandbox/erp/products", new { sku, name }, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>An inventory adjustment in the ERP's warehouse.</summary>
    public async Task SetErpStockAsync(string sku, double quantity, double reserved, CancellationToken cancellationToken)
    {
        using var erp = platform.Client(HubPlatform.ErpSandbox);
        using var response = await erp.PutAsJsonAsync("/_sandbox/erp/stock", new { sku, location = "WH/Stock", quantity, reserved }, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A customer pays an invoice; accounting records the payment.</summary>
    public async Task RecordPaymentAsync(string invoiceNumber, decimal amount, CancellationToken cancellationToken)
    {
        using var accounting = platform.Client(HubPlatform.AccountingSandbox);
        var date = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var response = await accounting.PostAsJsonAsync("/_sandbox/accounting/payments", new { InvoiceNumber = invoiceNumber, Amount = amount, Date = date, Reference = "Bank transfer" }, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A bookkeeper changes a contact's e-mail address in accounting by hand (Xero's partial update by ContactID).</summary>
    public async Task EditAccountingContactEmailAsync(string contactId, string email, CancellationToken cancellationToken)
    {
        using var accounting = XeroSandboxAccess.Authorize(platform.Client(HubPlatform.AccountingSandbox));
        using var response = await accounting.PostAsJsonAsync("/api.xro/2.0/Contacts", new { Contacts = new[] { new { ContactID = contactId, EmailAddress = email } } }, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A clerk deletes a quotation in the ERP by hand.</summary>
    public async Task DeleteErpSaleOrderAsync(int id, CancellationToken cancellationToken)
    {
        using var erp = platform.Client(HubPlatform.ErpSandbox);
        using var response = await erp.DeleteAsync($"/_sandbox/erp/orders/{id}", cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The sandbox's fault switch (batch window, outage, duplicate webhooks).</summary>
    public async Task SetFaultsAsync(string sandbox, FaultSettings faults, CancellationToken cancellationToken)
    {
        using var http = platform.Client(sandbox);
        await new SandboxControlClient(http).SetFaultsAsync(faults, cancellationToken);
    }

    public async Task<WebhookStatisticsView> WebhookStatisticsAsync(string sandbox, CancellationToken cancellationToken)
    {
        using var http = platform.Client(sandbox);
        return await new SandboxControlClient(http).GetWebhookStatisticsAsync(cancellationToken);
    }
}
