using System.Text.Json;
using Hub.Cli.Infrastructure;
using Hub.Cli.Output;
using Hub.Cli.Reconcile;
using Hub.Reconciliation;

namespace Hub.Cli.UnitTests;

/// <summary>What `hub reconcile` prints: a summary per system and kind, a row per difference, or the result as JSON.</summary>
public sealed class ReconcileViewTests
{
    private static readonly ReconciliationResult Result = new(
        "customer",
        new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero),
        null,
        TimeSpan.FromHours(1),
        [new SystemCount("crm", 3), new SystemCount("erp", 2)],
        3,
        [
            new Difference(DifferenceKind.Missing, "erp", "cust-2", null, null, null, null, "crm", "customer cust-2 is in crm c2 but not in erp"),
            new Difference(DifferenceKind.Drift, "erp", "cust-3", "17", "email", "old@example.com", "new@example.com", "crm", "email is 'old@example.com' in erp but 'new@example.com' in crm, which owns it"),
        ]);

    [Fact]
    public void Show_Table_SummarisesPerSystemAndListsEachDifference()
    {
        var (output, _) = Render(OutputFormat.Table);

        output.Should().Contain("3 record(s) compared across crm (3), erp (2)");
        output.Should().MatchRegex(@"erp\W+1\W+0\W+1\W+0\W", "erp has one missing, no extra, one drift, no stale record");
        output.Should().Contain("cust-2").And.Contain("old@example.com");
    }

    [Fact]
    public void Show_Json_OneDocumentWithSummaryAndDifferencesInKebabCase()
    {
        var (output, _) = Render(OutputFormat.Json);

        var json = JsonDocument.Parse(output).RootElement;
        json.GetProperty("compared").GetInt32().Should().Be(3);
        json.GetProperty("summary").EnumerateArray().Select(s => (s.GetProperty("system").GetString(), s.GetProperty("kind").GetString(), s.GetProperty("count").GetInt32()))
            .Should().Equal(("erp", "missing", 1), ("erp", "drift", 1));
        var drift = json.GetProperty("differences")[1];
        drift.GetProperty("field").GetString().Should().Be("email");
        drift.GetProperty("expected").GetString().Should().Be("new@example.com");
    }

    private static (string Output, string Error) Render(OutputFormat format)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        ReconcileView.Show(new CliOutput(output, error, format, interactive: false), Result);
        return (output.ToString(), error.ToString());
    }
}
