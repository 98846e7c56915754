using System.Text.Json;
using Hub.Cli.IntegrationTests.Support;
using Hub.Testing;
using Hub.Testing.Reconciliation;

namespace Hub.Cli.IntegrationTests;

/// <summary>`hub quality` against real connectors: the legacy connector reading a messy export its sandbox wrote, and the CRM connector reading its sandbox's contacts.</summary>
public sealed class QualityCliTests(StackFixture stack)
{
    private static readonly string[] Columns = ["CUST_NO", "FIRST_NAME", "LAST_NAME", "COMPANY", "EMAIL", "PHONE", "VAT_NO", "ADDRESS", "STATUS", "CHANGED_ON"];

    [Fact]
    public async Task Quality_LegacyExportWithMessyRows_ReportsExactFiguresAndExitsFour()
    {
        await using var world = await ReconcileStack.StartAsync(stack, legacy: true);
        var export = await world.LegacyCustomerExportAsync("customers_quality.csv",
        [
            Row("C-1", "Ada", " Ada@Example.com", "020 7946 0018", "A", "01/12/2026 10:00"),
            Row("C-2", "Ada", "ada@example.com", "020 7946 0123", "A", "01/12/2026 10:05"),
            Row("C-3", "Grace", "grace@example.com", "12345", "I", "01/12/2026 10:10"),
            Row("C-4", "Alan", "alan@example.com", "", "X", "01/12/2026 10:15"),
            Row("C-5", "Edsger", "edsger@example.com", "", "A", ""),
        ]);

        var result = await HubCli.RunRawAsync(["quality", "legacy-csv", "customers", "--file", export, "--connector", $"legacy-csv={world.LegacyConnector}", "-o", "json"]);

        result.ExitCode.Should().Be(4, "the export has findings: " + result);
        var profile = JsonDocument.Parse(result.Output).RootElement;
        (profile.GetProperty("records").GetInt32(), profile.GetProperty("rejected").GetInt32(), profile.GetProperty("hasFindings").GetBoolean()).Should().Be((5, 3, true));
        profile.GetProperty("mapping").GetString().Should().Be("legacy-to-canonical.customer");
        Rows(profile, "completeness", "field", "filled", "blank", "filledPercent").Should().Equal(
            "sourceRecordId 5 0 100", "givenName 5 0 100", "familyName 5 0 100", "companyName 0 5 0", "email 5 0 100",
            "phone 3 2 60", "vatId 0 5 0", "billingAddress 0 5 0", "status 5 0 100", "changedAt 4 1 80");
        var duplicate = profile.GetProperty("duplicates").EnumerateArray().Should().ContainSingle().Subject;
        Text(duplicate, "key", "value").Should().Be("email ada@example.com");
        duplicate.GetProperty("recordIds").EnumerateArray().Select(r => r.GetString()).Should().Equal("1", "2");
        Rows(profile, "formats", "field", "format", "checked", "notMatching").Should().Equal(
            "email email 5 0", "phone phone 3 1", "billingAddress postcode 0 0", "changedAt date 4 0");
        profile.GetProperty("formats")[1].GetProperty("examples").EnumerateArray().Select(e => e.GetString()).Should().Equal("12345");
        Rows(profile, "uncoveredValues", "field", "value", "count", "rejects").Should().Equal("status X 1 True");
        Rows(profile, "rejects", "field", "rule", "records").Should().Equal("changedAt required 1", "phone phone 1", "status value-map 1");
        result.Error.Should().Contain("legacy-csv: 5 record(s) from customers_quality.csv");
    }

    [Fact]
    public async Task Quality_CrmContacts_MarkdownReportNamesTheBadPhoneAndTheUncoveredCompanyType()
    {
        await using var world = await ReconcileStack.StartAsync(stack);
        var run = Guid.NewGuid().ToString("N")[..8];
        await world.CrmContactAsync($"clean.{run}@example.com", "1500");
        await world.CrmContactWithAsync(new() { ["email"] = $"messy.{run}@example.com", ["phone"] = "12345", ["company_type"] = "COMPETITOR" });

        var result = await HubCli.RunRawAsync(["quality", "crm", "customers", "--connector", $"crm={world.CrmConnector}", "-o", "markdown"]);

        result.ExitCode.Should().Be(4, result.ToString());
        result.Output.Should().StartWith("# Data quality: crm customers")
            .And.Contain("crm customers: 2 record(s) from ")
            .And.Contain("; 1 would be rejected.")
            .And.Contain("| phone | phone | 1 | 1 | 12345 |")
            .And.Contain("| customerCategory | COMPETITOR | 1 | reject |")
            .And.Contain("| email | properties.email | 2 | 0 | 100.0 |");
    }

    [Fact]
    public async Task Quality_UnknownSystem_ExitsTwoNamingTheKnownConnectors()
    {
        var result = await HubCli.RunRawAsync(["quality", "erp", "customers", "--connector", "crm=http://127.0.0.1:9"]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("No connector address for erp (known: crm)");
    }

    private static Dictionary<string, string> Row(string number, string firstName, string email, string phone, string status, string changedOn)
    {
        var values = new[] { number, firstName, "Example", "", email, phone, "", "", status, changedOn };
        return Columns.Zip(values).ToDictionary(p => p.First, p => p.Second);
    }

    /// <summary>Each element of a section as its named properties joined by spaces, to compare a whole table at once.</summary>
    private static IEnumerable<string> Rows(JsonElement profile, string section, params string[] properties) =>
        profile.GetProperty(section).EnumerateArray().Select(e => Text(e, properties));

    private static string Text(JsonElement element, params string[] properties) =>
        string.Join(' ', properties.Select(p => element.GetProperty(p) is var v && v.ValueKind == JsonValueKind.String ? v.GetString() : v.ToString()));
}
