using System.Text.Json;
using Hub.Cli.IntegrationTests.Support;
using Hub.Testing.Reconciliation;
using Hub.Testing;

namespace Hub.Cli.IntegrationTests;

/// <summary>`hub reconcile customers` against the CRM and ERP connectors, each reading its own sandbox through its snapshot endpoint.</summary>
public sealed class ReconcileCliTests(StackFixture stack)
{
    [Fact]
    public async Task Reconcile_OneCustomerMissingInErpAndOneWithAnotherEmail_ReportsExactlyThoseAndExitsFour()
    {
        await using var world = await ReconcileStack.StartAsync(stack);
        var since = DateTimeOffset.UtcNow.AddMinutes(-1);
        var run = Guid.NewGuid().ToString("N")[..8];
        var agreed = await world.CrmContactAsync($"agreed.{run}@example.com", "1500");
        var missing = await world.CrmContactAsync($"missing.{run}@example.com", "1500");
        var drifted = await world.CrmContactAsync($"drifted.{run}@example.com", "1500");
        await world.ErpPartnerAsync(agreed.CanonicalId, $"agreed.{run}@example.com", 1500);
        var driftedPartner = await world.ErpPartnerAsync(drifted.CanonicalId, $"edited-by-hand.{run}@example.com", 1500);

        var result = await HubCli.RunRawAsync(
        [
            "reconcile", "customers", "--since", since.ToString("O"),
            "--connector", $"crm={world.CrmConnector}", "--connector", $"erp={world.ErpConnector}", "-o", "json",
        ]);

        result.ExitCode.Should().Be(4, "differences were found: " + result);
        var report = JsonDocument.Parse(result.Output).RootElement;
        report.GetProperty("compared").GetInt32().Should().Be(3);
        var differences = report.GetProperty("differences").EnumerateArray().ToList();
        differences.Should().HaveCount(2, result.Output);
        var absent = differences.Should().ContainSingle(d => d.GetProperty("kind").GetString() == "missing").Subject;
        absent.GetProperty("system").GetString().Should().Be("erp");
        absent.GetProperty("canonicalId").GetString().Should().Be(missing.CanonicalId);
        var drift = differences.Should().ContainSingle(d => d.GetProperty("kind").GetString() == "drift").Subject;
        drift.GetProperty("system").GetString().Should().Be("erp");
        drift.GetProperty("canonicalId").GetString().Should().Be(drifted.CanonicalId);
        drift.GetProperty("recordId").GetString().Should().Be(driftedPartner.ToString(System.Globalization.CultureInfo.InvariantCulture));
        drift.GetProperty("field").GetString().Should().Be("email");
        drift.GetProperty("value").GetString().Should().Be($"edited-by-hand.{run}@example.com");
        drift.GetProperty("expected").GetString().Should().Be($"drifted.{run}@example.com");
        drift.GetProperty("reference").GetString().Should().Be("crm");
        result.Error.Should().Contain("crm: 3 record(s)").And.Contain("erp: 2 record(s)");
    }

    [Fact]
    public async Task Reconcile_ContactEditedInAccountingOnACrmOwnedField_OnlyThatDriftWhenAskedAboutAccounting()
    {
        await using var world = await ReconcileStack.StartAsync(stack, accounting: true);
        var run = Guid.NewGuid().ToString("N")[..8];
        var customer = await world.CrmContactAsync($"ada.{run}@example.com", "1500");
        var missing = await world.CrmContactAsync($"missing.{run}@example.com", "1500");
        await world.ErpPartnerAsync(customer.CanonicalId, $"ada.{run}@example.com", 1500);
        await world.AccountingContactAsync(customer.CanonicalId, $"Ada Lovelace {run}", $"ada.typo.{run}@example.com");

        var result = await HubCli.RunRawAsync(
        [
            "reconcile", "--system", "accounting", "-o", "json",
            "--connector", $"crm={world.CrmConnector}", "--connector", $"erp={world.ErpConnector}", "--connector", $"accounting={world.AccountingConnector}",
        ]);

        result.ExitCode.Should().Be(4, result.ToString());
        var differences = JsonDocument.Parse(result.Output).RootElement.GetProperty("differences").EnumerateArray().ToList();
        differences.Select(d => (d.GetProperty("kind").GetString(), d.GetProperty("canonicalId").GetString(), d.TryGetProperty("field", out var f) ? f.GetString() : null))
            .Should().BeEquivalentTo(new[] { ("drift", customer.CanonicalId, "email"), ("missing", missing.CanonicalId, (string?)null) }, result.Output);
        differences.Should().OnlyContain(d => d.GetProperty("system").GetString() == "accounting", "--system accounting hides the ERP's missing customer");
        result.Error.Should().Contain("accounting: 1 record(s)");
    }

    [Fact]
    public async Task Reconcile_NoConnectorAddress_ExitsTwoNamingTheOption()
    {
        var result = await HubCli.RunRawAsync(["reconcile", "customers"]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("--connector");
    }
}
