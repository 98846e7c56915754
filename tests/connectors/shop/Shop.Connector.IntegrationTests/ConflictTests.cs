using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Contracts;
using Hub.Identity;
using Hub.Testing.Messaging;

namespace Shop.Connector.IntegrationTests;

[Collection(ShopCollection.Name)]
public sealed class ConflictTests(ShopFixture fixture)
{
    [Fact]
    public async Task OrderCreated_CrmLinkedCustomerWithOtherCompanyAndLaterEmail_QueuesConflictsAndKeepsCrmFields()
    {
        var email = ShopOrders.NewEmail();
        var crm = await fixture.CrossReference.ResolveOrCreateAsync("customer", "crm", $"crm-{Guid.NewGuid():N}", new Dictionary<string, string?> { ["email"] = email });
        crm.Status.Should().Be(ResolveStatus.Created);

        var first = await fixture.PlaceOrderAsync(ShopOrders.Create(email, company: "Web Shop Ltd"));
        var customerId = ShopOrders.Id(first["customer"]!["id"]);
        await fixture.UntilAsync(async () => (await UpsertsOf(customerId)).Count == 1, "CustomerUpserted of the first order");

        var upserted = (await UpsertsOf(customerId)).Single();
        upserted.Envelope.EntityId.Should().Be(crm.CanonicalId, "the shop customer is linked to the CRM's customer by e-mail");
        upserted.CompanyName.Should().BeNull("companyName belongs to the CRM: the shop's value waits for a decision");
        upserted.Email.Should().BeNull("email belongs to the CRM");
        upserted.DisplayName.Should().Be("Ada Lovelace");
        var company = (await ConflictsOf(crm.CanonicalId!)).Should().ContainSingle(c => c.Field == "companyName").Subject;
        (company.ProposedValue, company.ProposingSystem, company.OwnerSystem, company.Status).Should().Be(("Web Shop Ltd", "shop", "crm", ConflictStatus.Pending));
        (await ConflictsOf(crm.CanonicalId!)).Should().NotContain(c => c.Field == "email", "the e-mail it was linked by is the one the hub has");

        // The buyer changes their e-mail address in the shop and orders again.
        var changedEmail = ShopOrders.NewEmail();
        using (var update = await fixture.Shop.PutAsJsonAsync($"customers/{customerId}.json", new JsonObject { ["customer"] = new JsonObject { ["email"] = changedEmail } }))
        {
            update.EnsureSuccessStatusCode();
        }

        await fixture.PlaceOrderAsync(ShopOrders.Create(changedEmail, company: "Web Shop Ltd", customer: new JsonObject { ["id"] = long.Parse(customerId, System.Globalization.CultureInfo.InvariantCulture) }));
        await fixture.UntilAsync(async () => (await ConflictsOf(crm.CanonicalId!)).Any(c => c.Field == "email"), "a conflict on the changed e-mail");

        var conflicts = await ConflictsOf(crm.CanonicalId!);
        conflicts.Single(c => c.Field == "email").ProposedValue.Should().Be(changedEmail);
        conflicts.Count(c => c.Field == "companyName").Should().Be(1, "an unchanged proposal is not queued again");
        (await UpsertsOf(customerId)).Should().HaveCount(2).And.OnlyContain(c => c.Email == null && c.Envelope.EntityId == crm.CanonicalId);
    }

    private async Task<List<CustomerUpserted>> UpsertsOf(string shopCustomerId) =>
        (await fixture.ReadAsync<CustomerUpserted>(fixture.CustomerTopic)).Where(c => c.Envelope.SourceRecordId == shopCustomerId).ToList();

    private Task<List<ConflictRecord>> ConflictsOf(string canonicalId) => Task.FromResult(
        TopicReader.ReadToEnd(fixture.Stack, TopicConflictPublisher.Topic)
            .Select(m => JsonSerializer.Deserialize<ConflictRecord>(m.Message.Value, ConflictJsonSerializer.Options)!)
            .Where(c => c.CanonicalId == canonicalId)
            .ToList());
}
