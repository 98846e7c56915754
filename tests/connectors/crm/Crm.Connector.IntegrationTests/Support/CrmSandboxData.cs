using System.Net.Http.Json;
using System.Text.Json;

namespace Crm.Connector.IntegrationTests;

/// <summary>Making business happen in the sandbox and reading it back.</summary>
public static class CrmSandboxData
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string UniqueEmail(string who) => $"{who}.{Guid.NewGuid():N}@example.com".ToLowerInvariant();

    public static Dictionary<string, string?> Person(string email) => new()
    {
        ["email"] = email,
        ["firstname"] = "Bryan",
        ["lastname"] = "Cooper",
        ["company"] = "Biglytics",
        ["company_type"] = "VENDOR",
        ["country"] = "GB",
        ["address"] = "10 Downing Street, London, SW1A 2AA",
        ["phone"] = "020 7946 0958",
        ["vat_number"] = "GB123456789",
        ["lifecyclestage"] = "customer",
        ["hs_language"] = "en",
        ["credit_limit"] = "1500",
        ["currency"] = "GBP",
    };

    /// <summary>Creates a contact through the CRM API (POST /crm/v3/objects/contacts) and returns its id.</summary>
    public static async Task<string> CreateViaApiAsync(this CrmStack crm, Dictionary<string, string?> properties)
    {
        using var response = await crm.Sandbox.PostAsJsonAsync("/crm/v3/objects/contacts", new { properties });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Creates a contact as a CRM user would (never faulted) and returns its id.</summary>
    public static async Task<string> CreateAsUserAsync(this CrmStack crm, Dictionary<string, string?> properties)
    {
        using var response = await crm.Sandbox.PostAsJsonAsync("/_sandbox/contacts", new { properties });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static async Task<List<SandboxContact>> ContactsAsync(this CrmStack crm, string email)
    {
        var all = await crm.Sandbox.GetFromJsonAsync<SandboxContacts>("/_sandbox/contacts", Json);
        return all!.Results.Where(c => c.Properties.GetValueOrDefault("email") == email).ToList();
    }

    public sealed record SandboxContacts(List<SandboxContact> Results);

    public sealed record SandboxContact(string Id, Dictionary<string, string?> Properties, DateTimeOffset UpdatedAt);
}
