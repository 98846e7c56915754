using Hub.DevStack;
using Hub.Sandboxes;

namespace Hub.EndToEnd.IntegrationTests;

/// <summary>A customer created in the CRM reaches the ERP and accounting exactly once, mapped, even through an ERP outage.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CustomerFlowTests(PlatformFixture platform)
{
    private readonly SystemViews _systems = new(platform);

    [Fact]
    public async Task CrmContactCreated_ReachesErpAndAccountingOnce_WithMappedFields()
    {
        var email = SystemViews.NewEmail("grace");

        await _systems.CreateCrmContactAsync(email, "Hopper Ltd");

        await _systems.UntilAsync(async () => (await _systems.ErpPartnersAsync(email)).Count > 0 && (await _systems.AccountingContactsAsync(email)).Count > 0, "the partner in the ERP and the contact in accounting");
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken); // room for a duplicate to show up
        var partner = (await _systems.ErpPartnersAsync(email)).Should().ContainSingle().Subject;
        partner["name"]!.ToString().Should().Be($"Grace {SystemViews.FamilyName(email)}");
        partner["phone"]!.ToString().Should().Be("+442079460018", "UK numbers become E.164");
        partner["lang"]!.ToString().Should().Be("en_GB");
        partner["ref"]!.ToString().Should().MatchRegex("^[0-9a-f-]{36}$", "the ERP partner carries the canonical customer id");
        var contact = (await _systems.AccountingContactsAsync(email)).Should().ContainSingle().Subject;
        contact["ContactNumber"]!.ToString().Should().Be(partner["ref"]!.ToString(), "both systems know the customer by the same canonical id");
    }

    [Fact]
    public async Task ErpDownWhileCustomerCreated_CustomerArrivesOnceAfterRecovery()
    {
        var email = SystemViews.NewEmail("outage");
        using var erp = platform.Client(HubPlatform.ErpSandbox);
        var faults = new SandboxControlClient(erp);
        await faults.SetFaultsAsync(new FaultSettings { Mode = FaultMode.Down, Seconds = 15 }, TestContext.Current.CancellationToken);

        await _systems.CreateCrmContactAsync(email, "Outage plc");
        await _systems.UntilAsync(async () => (await _systems.AccountingContactsAsync(email)).Count == 1, "the contact in accounting (not affected by the ERP outage)");
        (await _systems.ErpPartnersAsync(email)).Should().BeEmpty("the ERP is still down");

        await _systems.UntilAsync(async () => (await _systems.ErpPartnersAsync(email)).Count > 0, "the partner after the ERP is back", TimeSpan.FromSeconds(90));
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        (await _systems.ErpPartnersAsync(email)).Should().ContainSingle("every retry after the outage applies the same event once");
        var requests = await faults.GetRequestsAsync(TestContext.Current.CancellationToken);
        requests.Should().Contain(r => r.Status == 0, "the connector did try while the ERP was down");
    }
}
