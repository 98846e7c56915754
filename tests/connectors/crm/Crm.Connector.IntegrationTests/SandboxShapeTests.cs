using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hub.Contracts;

namespace Crm.Connector.IntegrationTests;

/// <summary>
/// The sandbox answers in HubSpot's shapes the connector must read: timestamps in UTC with milliseconds and a Z,
/// and requested properties without a value as null (the sandbox used to write +00:00 with 7 decimals and omit them).
/// </summary>
public sealed partial class SandboxShapeTests(CrmStack crm) : CrmTests(crm)
{
    [Fact]
    public async Task GetContact_RequestedPropertiesWithoutValue_ReturnedAsNullUnknownOnesLeftOut()
    {
        var contactId = await Crm.CreateViaApiAsync(new() { ["email"] = CrmSandboxData.UniqueEmail("sparse"), ["firstname"] = "Zoë" });

        var contact = await Crm.Sandbox.GetFromJsonAsync<JsonElement>($"/crm/v3/objects/contacts/{contactId}?properties=firstname,lastname,phone,no_such_property", TestContext.Current.CancellationToken);

        var properties = contact.GetProperty("properties");
        properties.GetProperty("firstname").GetString().Should().Be("Zoë");
        properties.GetProperty("lastname").ValueKind.Should().Be(JsonValueKind.Null);
        properties.GetProperty("phone").ValueKind.Should().Be(JsonValueKind.Null);
        properties.TryGetProperty("no_such_property", out _).Should().BeFalse();
    }

    [Fact]
    public async Task ContactAnswers_Timestamps_UtcWithMillisecondsAndZ()
    {
        var email = CrmSandboxData.UniqueEmail("dates");
        using var created = await Crm.Sandbox.PostAsJsonAsync("/crm/v3/objects/contacts", new { properties = new { email } }, TestContext.Current.CancellationToken);
        var contact = await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        using var upserted = await Crm.Sandbox.PostAsJsonAsync("/crm/v3/objects/contacts/batch/upsert",
            new { inputs = new[] { new { idProperty = "email", id = email, properties = new { firstname = "Ada" } } } }, TestContext.Current.CancellationToken);
        var batch = await upserted.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

        var stamps = new[]
        {
            contact.GetProperty("createdAt").GetString(), contact.GetProperty("updatedAt").GetString(),
            contact.GetProperty("properties").GetProperty("createdate").GetString(), contact.GetProperty("properties").GetProperty("lastmodifieddate").GetString(),
            batch.GetProperty("startedAt").GetString(), batch.GetProperty("completedAt").GetString(),
            batch.GetProperty("results")[0].GetProperty("updatedAt").GetString(), batch.GetProperty("results")[0].GetProperty("properties").GetProperty("lastmodifieddate").GetString(),
        };
        stamps.Should().AllSatisfy(s => HubSpotTimestamp().IsMatch(s!).Should().BeTrue($"{s} should look like 2026-12-07T08:22:52.123Z"));
        contact.GetProperty("properties").GetProperty("createdate").GetString().Should().Be(contact.GetProperty("createdAt").GetString());
    }

    [Fact]
    public async Task ContactCreated_FewPropertiesSet_ConnectorReadsNullsAndPublishes()
    {
        var email = CrmSandboxData.UniqueEmail("few");
        var contactId = await Crm.CreateViaApiAsync(new() { ["email"] = email, ["firstname"] = "Zoë", ["lastname"] = "Müller" });

        await Crm.UntilAsync(async () => (await EventsForAsync(contactId)).Count > 0, $"CustomerUpserted for contact {contactId}", Timeout);

        var customer = (await EventsForAsync(contactId)).Should().ContainSingle().Subject;
        customer.DisplayName.Should().Be("Zoë Müller");
        customer.Email.Should().Be(email);
        (customer.Phone, customer.CompanyName, customer.VatId, customer.CreditLimit).Should().Be((null, null, null, null));
        customer.Addresses.Should().BeEmpty();
    }

    private async Task<List<CustomerUpserted>> EventsForAsync(string contactId) =>
        (await Topic.CustomersAsync(Crm.UpsertedTopic)).Where(c => c.Envelope.SourceRecordId == contactId).ToList();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")]
    private static partial Regex HubSpotTimestamp();
}
