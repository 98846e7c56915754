using Accounting.Connector.IntegrationTests.Support;
using Hub.Identity;
using Microsoft.Extensions.Options;

namespace Accounting.Connector.IntegrationTests;

/// <summary>Field ownership on the way into accounting: the VAT id is accounting's, other systems' changes wait for a person.</summary>
[Collection(AccountingCollection.Name)]
public sealed class CustomerOwnershipTests(AccountingFixture fixture)
{
    [Fact]
    public async Task CustomerUpserted_CrmChangesVatIdOfExistingContact_QueuedForAPersonNotWritten()
    {
        await using var run = await AccountingRun.StartAsync(fixture);
        var id = $"cust-{run.Id}";
        var name = $"Ada Lovelace {run.Id}";
        await fixture.Publisher.PublishAsync(run.CustomersTopic, Samples.Customer(id, "crm", name, "DE111111111"), TestContext.Current.CancellationToken);
        await run.UntilAsync(async () => (await run.ContactsAsync(id)).Count == 1, "the contact");

        var changed = Samples.Customer(id, "crm", name, "DE222222222");
        changed.Phone = "+4930999999";
        await fixture.Publisher.PublishAsync(run.CustomersTopic, changed, TestContext.Current.CancellationToken);

        await run.UntilAsync(
            async () => (await run.ContactsAsync(id))[0].GetProperty("Phones")[0].GetProperty("PhoneNumber").GetString() == "+4930999999",
            "the phone change (last-write-wins) to be written");
        (await run.ContactsAsync(id))[0].GetProperty("TaxNumber").GetString().Should().Be("DE111111111", "accounting owns the VAT id (source-wins, non-owner: queue)");
        var conflicts = new ConflictStore(fixture.Redis, Options.Create(new IdentityOptions { KeyPrefix = run.Prefix }), TimeProvider.System);
        var conflict = (await conflicts.ListPendingAsync()).Should().ContainSingle(run.Output).Subject;
        conflict.Should().BeEquivalentTo(new
        {
            EntityType = "customer", CanonicalId = id, Field = "vatId", CurrentValue = "DE111111111", ProposedValue = "DE222222222",
            ProposingSystem = "crm", OwnerSystem = "accounting", CorrelationId = changed.Envelope.CorrelationId,
        });
    }
}
