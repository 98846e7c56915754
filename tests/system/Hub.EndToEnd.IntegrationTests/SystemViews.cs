using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.DevStack;

namespace Hub.EndToEnd.IntegrationTests;

/// <summary>What the tests do in the sandboxes (create a contact, place an order, drop a file) and read back from them.</summary>
public sealed class SystemViews(PlatformFixture platform)
{
    public static string NewEmail(string who) => $"{who}.{Guid.NewGuid():N}@example.co.uk";

    /// <summary>
    /// A contact created through the CRM's API, as a salesperson would. The family name is made unique from the
    /// e-mail address: accounting systems (Xero) refuse a second contact with the same name.
    /// </summary>
    public async Task<string> CreateCrmContactAsync(string email, string company, string companyType = "PARTNER")
    {
        using var crm = platform.Client(HubPlatform.CrmSandbox);
        using var response = await crm.PostAsJsonAsync("/crm/v3/objects/contacts", new JsonObject
        {
            ["properties"] = new JsonObject
            {
                ["email"] = email,
                ["firstname"] = "Grace",
                ["lastname"] = FamilyName(email),
                ["company"] = company,
                ["company_type"] = companyType,
                ["country"] = "GB",
                ["phone"] = "020 7946 0018",
                ["hs_language"] = "en-gb",
                ["lifecyclestage"] = "customer",
            },
        }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var contact = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        return contact!["id"]!.ToString();
    }

    public static string FamilyName(string email) => "Hopper " + email.Split('@')[0].Split('.')[^1][..8];

    public async Task<List<JsonObject>> ErpPartnersAsync(string email)
    {
        using var erp = platform.Client(HubPlatform.ErpSandbox);
        var partners = await erp.GetFromJsonAsync<JsonArray>("/_sandbox/erp/partners", TestContext.Current.CancellationToken) ?? [];
        return [.. partners.OfType<JsonObject>().Where(p => p["email"]?.ToString() == email)];
    }

    public async Task<List<JsonObject>> AccountingContactsAsync(string email)
    {
        using var accounting = XeroSandboxAccess.Authorize(platform.Client(HubPlatform.AccountingSandbox));
        var answer = await accounting.GetFromJsonAsync<JsonObject>("/api.xro/2.0/Contacts", TestContext.Current.CancellationToken);
        return [.. (answer?["Contacts"]?.AsArray() ?? []).OfType<JsonObject>().Where(c => c["EmailAddress"]?.ToString() == email)];
    }

    /// <summary>An order placed in the web shop by a customer with that e-mail address, billing to that company.</summary>
    public async Task PlaceShopOrderAsync(string email, string company)
    {
        var address = new JsonObject
        {
            ["first_name"] = "Grace", ["last_name"] = "Hopper", ["company"] = company, ["address1"] = "1 Compiler Lane",
            ["city"] = "London", ["zip"] = "EC1A 1BB", ["country"] = "United Kingdom", ["country_code"] = "GB",
        };
        var order = new JsonObject
        {
            ["email"] = email,
            ["currency"] = "GBP",
            ["customer"] = new JsonObject { ["first_name"] = "Grace", ["last_name"] = "Hopper", ["email"] = email, ["default_address"] = address.DeepClone() },
            ["billing_address"] = address,
            ["shipping_address"] = address.DeepClone(),
            ["line_items"] = new JsonArray(new JsonObject { ["sku"] = "MUG-BLUE", ["title"] = "Blue mug", ["quantity"] = 1, ["price"] = "9.50" }),
        };
        using var shop = platform.Client(HubPlatform.ShopSandbox);
        using var response = await shop.PostAsJsonAsync("/admin/api/2024-10/orders.json", new JsonObject { ["order"] = order }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A customer export written by the legacy system into the drop folder, with its completion marker.</summary>
    public async Task DropLegacyCustomersAsync(string fileName, IEnumerable<Dictionary<string, string>> rows)
    {
        using var legacy = platform.Client(HubPlatform.LegacySandbox);
        using var response = await legacy.PostAsJsonAsync("/_sandbox/legacy/exports/customers", new { fileName, rows, marker = true }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public static Dictionary<string, string> LegacyCustomer(string number, string email, string status = "A") => new()
    {
        ["CUST_NO"] = number,
        ["FIRST_NAME"] = "Alan",
        ["LAST_NAME"] = "Turing " + number,
        ["EMAIL"] = email,
        ["PHONE"] = "020 7946 0018",
        ["ADDRESS"] = "10 Downing Street, London, SW1A 2AA",
        ["STATUS"] = status,
        ["CHANGED_ON"] = "01/03/2025 09:30",
    };

    public async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        try
        {
            await Hub.Testing.Eventually.UntilAsync(condition, what, timeout ?? TimeSpan.FromSeconds(60), cancellationToken: TestContext.Current.CancellationToken);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}{Environment.NewLine}{platform.Diagnostics()}", e);
        }
    }
}
