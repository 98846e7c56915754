using System.Text.Json;
using Hub.Contracts;
using Hub.Testing;

namespace Legacy.Connector.IntegrationTests;

/// <summary>
/// Field ownership on the way into the legacy system, which cannot be read: a new customer's row carries every value;
/// a customer already linked to a legacy number gets only what the sender may change, the rest blank or queued.
/// </summary>
public sealed class CustomerOwnershipTests(LegacyFixture fixture) : IClassFixture<LegacyFixture>
{
    private readonly LegacyDriver _driver = new(fixture);

    [Fact]
    public async Task CustomerUpserted_ErpChangesLinkedCustomer_OwnedColumnsBlankQueuedFieldsOnTheResolutionQueue()
    {
        var run = LegacyDriver.Unique("W");
        var linked = await fixture.CrossReference.ResolveOrCreateAsync("customer", "legacy-csv", $"L-{run}", new Dictionary<string, string?> { ["email"] = $"{run.ToLowerInvariant()}@example.com" });
        var fromErp = Customer(linked.CanonicalId!, run, "erp");
        var fromCrm = Customer(Guid.NewGuid().ToString(), run, "crm");

        await fixture.Publisher.PublishAsync(fixture.CustomerTopic, fromErp, TestContext.Current.CancellationToken);
        await fixture.Publisher.PublishAsync(fixture.CustomerTopic, fromCrm, TestContext.Current.CancellationToken);

        var rows = await ImportedAsync(run, 2);
        var changed = rows[fromErp.Envelope.EventId.ToString()];
        (changed["CUST_NO"], changed["NAME"], changed["PHONE"]).Should().Be(($"L-{run}", $"{run} Augusta King", "+442079460001"),
            "the legacy number, an unlisted field and a last-write-wins field are written");
        (changed["FIRST_NAME"], changed["LAST_NAME"], changed["EMAIL"], changed["VAT_NO"]).Should().Be(("", "", "", ""),
            "the CRM owns names and e-mail, accounting the VAT id: the ERP's values are left out");
        var created = rows[fromCrm.Envelope.EventId.ToString()];
        (created["CUST_NO"], created["FIRST_NAME"], created["EMAIL"], created["VAT_NO"]).Should().Be(("", "Augusta", $"{run.ToLowerInvariant()}.new@example.com", "GB999999973"),
            "a customer the legacy system does not have yet gets every value: creating overwrites nobody's");

        var conflicts = (await fixture.Conflicts.ListPendingAsync(1000)).Where(c => c.CanonicalId == linked.CanonicalId).ToList();
        conflicts.Select(c => (c.Field, c.ProposedValue, c.ProposingSystem, c.OwnerSystem, c.CurrentValue)).Should().BeEquivalentTo(new[]
        {
            ("email", (string?)$"{run.ToLowerInvariant()}.new@example.com", "erp", (string?)"crm", (string?)null),
            ("vatId", "GB999999973", "erp", "accounting", null),
        }, "the legacy system's values are unknown; the rest of the ERP's changes are rejected, not queued");
    }

    private async Task<Dictionary<string, Dictionary<string, string>>> ImportedAsync(string run, int expected)
    {
        List<JsonElement> imported = [];
        await Eventually.UntilAsync(
            async () =>
            {
                var summary = await _driver.GetAsync("/_sandbox/legacy/imports");
                imported = summary.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("values").GetProperty("NAME").GetString()!.StartsWith(run, StringComparison.Ordinal)).ToList();
                return imported.Count >= expected;
            },
            "the legacy system to import the rows",
            TimeSpan.FromSeconds(45));
        return imported.ToDictionary(
            r => r.GetProperty("eventId").GetString()!,
            r => r.GetProperty("values").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? ""));
    }

    private static CustomerUpserted Customer(string entityId, string run, string source) => new()
    {
        Envelope = new Envelope
        {
            EventId = Guid.NewGuid(),
            EntityId = entityId,
            SourceSystem = source,
            SourceRecordId = $"{source}-{run}",
            OccurredAt = DateTimeOffset.UtcNow,
            CorrelationId = Guid.NewGuid().ToString(),
            SchemaVersion = CustomerUpserted.ContractVersion,
        },
        Kind = CustomerKind.Person,
        DisplayName = $"{run} Augusta King",
        GivenName = "Augusta",
        FamilyName = "King",
        Email = $"{run.ToLowerInvariant()}.new@example.com",
        Phone = "+442079460001",
        VatId = "GB999999973",
        Status = CustomerStatus.Active,
    };
}
