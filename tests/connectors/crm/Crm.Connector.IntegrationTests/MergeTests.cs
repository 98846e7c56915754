using System.Net.Http.Json;
using Hub.Contracts;
using Hub.Testing.Avro;

namespace Crm.Connector.IntegrationTests;

/// <summary>
/// Two CRM contacts that turn out to be one customer: when a contact's match keys point at two canonical
/// customers, the CRM connector (the customer authority) merges them and publishes one CustomerMerged.
/// </summary>
public sealed class MergeTests(CrmStack crm) : CrmTests(crm)
{
    [Fact]
    public async Task ContactGetsTheVatIdOfAnotherCustomer_OneCustomerMergedAndTheContactMovesToTheSurvivor()
    {
        var vatA = UniqueVat();
        var contactA = await Crm.CreateViaApiAsync(Person("merge-a", vatA));
        var contactB = await Crm.CreateViaApiAsync(Person("merge-b", UniqueVat()));
        var customerA = (await SingleEventAsync(contactA)).Envelope.EntityId;
        var customerB = (await SingleEventAsync(contactB)).Envelope.EntityId;
        customerA.Should().NotBe(customerB, "different e-mail addresses and VAT ids are different customers");

        using var patch = await Crm.Sandbox.PatchAsJsonAsync($"/crm/v3/objects/contacts/{contactB}", new { properties = new { vat_number = vatA } });
        patch.EnsureSuccessStatusCode();

        await Crm.UntilAsync(async () => (await MergesOfAsync(customerA, customerB)).Count > 0, "CustomerMerged", Timeout);
        await Crm.UntilAsync(async () => (await EventsForAsync(contactB)).Count >= 2, "contact B's new version", Timeout);
        var merge = (await MergesOfAsync(customerA, customerB)).Should().ContainSingle().Subject;
        new[] { merge.SurvivingCustomerId }.Concat(merge.MergedCustomerIds).Should().BeEquivalentTo([customerA, customerB]);
        merge.Envelope.SourceSystem.Should().Be("crm");
        merge.Envelope.EntityId.Should().Be(merge.SurvivingCustomerId);
        // Keyed by customer, so the two versions of contact B may sit on different partitions: latest by time.
        var latest = (await EventsForAsync(contactB)).MaxBy(e => e.Envelope.OccurredAt)!;
        latest.Envelope.EntityId.Should().Be(merge.SurvivingCustomerId, "contact B now belongs to the surviving customer");
        latest.VatId.Should().Be(vatA);
    }

    private static Dictionary<string, string?> Person(string who, string vat)
    {
        var person = CrmSandboxData.Person(CrmSandboxData.UniqueEmail(who));
        person["vat_number"] = vat;
        return person;
    }

    /// <summary>A valid-looking UK VAT number (GB + nine digits) of its own.</summary>
    private static string UniqueVat() => $"GB{Random.Shared.Next(100_000_000, 999_999_999)}";

    private async Task<CustomerUpserted> SingleEventAsync(string contactId)
    {
        await Crm.UntilAsync(async () => (await EventsForAsync(contactId)).Count > 0, $"CustomerUpserted for contact {contactId}", Timeout);
        return (await EventsForAsync(contactId)).Should().ContainSingle().Subject;
    }

    private async Task<List<CustomerUpserted>> EventsForAsync(string contactId) =>
        (await Topic.CustomersAsync(Crm.UpsertedTopic)).Where(c => c.Envelope.SourceRecordId == contactId).ToList();

    private async Task<List<CustomerMerged>> MergesOfAsync(string first, string second) =>
        (await AvroTopicReader.ReadAsync<CustomerMerged>(Crm.Stack, Topic.Registry, Crm.MergedTopic))
            .Where(m => new[] { m.SurvivingCustomerId }.Concat(m.MergedCustomerIds).Intersect([first, second]).Any())
            .ToList();
}
