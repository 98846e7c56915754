using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace Hub.Testing.Reconciliation;

/// <summary>Records made in the sandboxes of a <see cref="ReconcileStack"/> the way each system's users (or connectors) make them.</summary>
public static class ReconcileSeeding
{
    /// <summary>Creates a contact through the CRM API and links it in the cross-reference as the CRM connector would; returns (contact id, canonical id).</summary>
    public static async Task<(string ContactId, string CanonicalId)> CrmContactAsync(this ReconcileStack world, string email, string creditLimit)
    {
        var properties = new Dictionary<string, string?> { ["email"] = email, ["firstname"] = "Ada", ["lastname"] = "Lovelace", ["credit_limit"] = creditLimit, ["currency"] = "GBP" };
        using var response = await world.Crm.PostAsJsonAsync("/crm/v3/objects/contacts", new { properties }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetString()!;
        var resolved = await world.CrossReference.ResolveOrCreateAsync("customer", "crm", id, new Dictionary<string, string?> { ["email"] = email });
        return (id, resolved.CanonicalId!);
    }

    /// <summary>Creates a contact with exactly these properties through the CRM API (no cross-reference link: a system the platform does not know yet); returns its id.</summary>
    public static async Task<string> CrmContactWithAsync(this ReconcileStack world, Dictionary<string, string?> properties)
    {
        using var response = await world.Crm.PostAsJsonAsync("/crm/v3/objects/contacts", new { properties }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetString()!;
    }

    /// <summary>Creates a customer partner in the ERP (JSON-RPC create, as a user of the ERP would) carrying the canonical id in ref, as the ERP connector writes it.</summary>
    public static async Task<int> ErpPartnerAsync(this ReconcileStack world, string canonicalId, string email, double creditLimit)
    {
        var values = new JsonObject { ["name"] = "Ada Lovelace", ["ref"] = canonicalId, ["email"] = email, ["customer_rank"] = 1, ["credit_limit"] = creditLimit };
        var answer = await world.ErpCallAsync("res.partner", "create", new JsonArray(values));
        return answer?["result"]?.GetValue<int>() ?? throw new InvalidOperationException($"create res.partner failed: {answer?.ToJsonString()}");
    }

    /// <summary>Creates a contact in accounting (POST /Contacts, as a user of the ledger would) with the canonical id as its ContactNumber, as the accounting connector writes it.</summary>
    public static async Task AccountingContactAsync(this ReconcileStack world, string canonicalId, string name, string email)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api.xro/2.0/Contacts")
        {
            Content = JsonContent.Create(new JsonObject { ["Contacts"] = new JsonArray(new JsonObject { ["ContactNumber"] = canonicalId, ["Name"] = name, ["EmailAddress"] = email }) }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        using var response = await world.Accounting.SendAsync(request, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Changes a partner's fields in the ERP (JSON-RPC write), as someone editing the record by hand would.</summary>
    public static async Task ErpEditPartnerAsync(this ReconcileStack world, int partnerId, JsonObject values)
    {
        var answer = await world.ErpCallAsync("res.partner", "write", new JsonArray(new JsonArray(partnerId), values));
        if (answer?["result"]?.GetValue<bool>() != true)
        {
            throw new InvalidOperationException($"write res.partner {partnerId} failed: {answer?.ToJsonString()}");
        }
    }

    private static async Task<JsonNode?> ErpCallAsync(this ReconcileStack world, string model, string method, JsonArray arguments)
    {
        var body = new JsonObject
        {
            ["jsonrpc"] = "2.0", ["method"] = "call", ["id"] = 1,
            ["params"] = new JsonObject { ["service"] = "object", ["method"] = "execute_kw", ["args"] = new JsonArray("hub", 2, ReconcileStack.ErpKey, model, method, arguments) },
        };
        using var response = await world.Erp.PostAsJsonAsync("/jsonrpc", body, TestContext.Current.CancellationToken);
        return await response.Content.ReadFromJsonAsync<JsonNode>(TestContext.Current.CancellationToken);
    }

    /// <summary>Has the legacy sandbox write a customer export (one CSV, ';'-separated, as the legacy system does) and waits until it is complete; returns its path.</summary>
    public static async Task<string> LegacyCustomerExportAsync(this ReconcileStack world, string fileName, IEnumerable<Dictionary<string, string>> rows)
    {
        using var response = await world.Legacy.PostAsJsonAsync("/_sandbox/legacy/exports/customers", new { fileName, rows }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (DateTimeOffset.UtcNow < deadline)
        {
            var exports = await world.Legacy.GetFromJsonAsync<JsonElement>("/_sandbox/legacy/exports", TestContext.Current.CancellationToken);
            if (exports.EnumerateArray().Any(e => e.GetProperty("fileName").GetString() == fileName && e.GetProperty("complete").GetBoolean()))
            {
                return Path.Combine(world.LegacyExports, fileName);
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"The legacy sandbox did not finish writing {fileName}.");
    }
}
