using Hub.Identity;

namespace Hub.EndToEnd.IntegrationTests;

/// <summary>Bad CSV rows are quarantined while good rows flow on; a change from a non-owning system waits for a person.</summary>
[Collection(PlatformCollection.Name)]
public sealed class LegacyAndConflictTests(PlatformFixture platform)
{
    private readonly SystemViews _systems = new(platform);

    [Fact]
    public async Task LegacyCsvWithBadRows_GoodRowsReachErp_BadRowsQuarantined()
    {
        var run = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var file = $"customers_{run}.csv";
        var good = Enumerable.Range(1, 3).Select(i => SystemViews.LegacyCustomer($"{run}-{i}", SystemViews.NewEmail($"legacy{i}"))).ToList();
        var bad = new[] { SystemViews.LegacyCustomer($"{run}-B1", "not-an-email"), SystemViews.LegacyCustomer($"{run}-B2", SystemViews.NewEmail("legacy"), status: "X") };

        await _systems.DropLegacyCustomersAsync(file, [good[0], bad[0], good[1], bad[1], good[2]]);

        await _systems.UntilAsync(async () =>
        {
            foreach (var row in good)
            {
                if ((await _systems.ErpPartnersAsync(row["EMAIL"])).Count != 1)
                {
                    return false;
                }
            }

            return true;
        }, "the three good rows in the ERP");
        var quarantine = Path.Combine(platform.LegacyFolder("quarantine"), file + ".rejected.csv");
        await _systems.UntilAsync(() => Task.FromResult(File.Exists(quarantine)), "the quarantine file");
        var lines = await File.ReadAllLinesAsync(quarantine, TestContext.Current.CancellationToken);
        lines.Should().HaveCount(3, "a header and the two bad rows");
        lines[1].Should().Contain($"{run}-B1").And.Contain("email");
        lines[2].Should().Contain($"{run}-B2").And.Contain("status");
    }

    [Fact]
    public async Task ShopOrderWithOtherCompanyForCrmCustomer_QueuesConflictAndKeepsCrmValue()
    {
        var email = SystemViews.NewEmail("conflict");
        await _systems.CreateCrmContactAsync(email, "Owned By CRM Ltd");
        await _systems.UntilAsync(async () => (await _systems.ErpPartnersAsync(email)).Count == 1, "the CRM customer in the ERP");

        await _systems.PlaceShopOrderAsync(email, "Typed At Checkout Ltd");

        await _systems.UntilAsync(async () => (await PendingAsync(email)).Any(c => c.Field == "companyName"), "a companyName conflict on the resolution queue");
        var conflict = (await PendingAsync(email)).First(c => c.Field == "companyName");
        conflict.ProposingSystem.Should().Be("shop");
        conflict.OwnerSystem.Should().Be("crm");
        conflict.ProposedValue.Should().Be("Typed At Checkout Ltd");
    }

    private async Task<List<ConflictRecord>> PendingAsync(string email)
    {
        var partner = (await _systems.ErpPartnersAsync(email)).Single();
        var canonicalId = partner["ref"]!.ToString();
        return [.. (await platform.Conflicts.ListPendingAsync(1000)).Where(c => c.CanonicalId == canonicalId)];
    }
}
