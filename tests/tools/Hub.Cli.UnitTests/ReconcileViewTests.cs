using System.Text.Json;
using Hub.Cli.Dlq;
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
        drift.GetProperty("links").GetArrayLength().Should().Be(0);
        var missing = json.GetProperty("differences")[0].GetProperty("links").EnumerateArray().Should().ContainSingle().Subject;
        missing.GetProperty("kind").GetString().Should().Be("dead-letter");
        missing.GetProperty("ref").GetString().Should().Be("erp-connector.customers.dlq:0:7");
    }

    [Fact]
    public void Show_Table_NamesWhatADifferenceIsLinkedTo()
    {
        var (output, _) = Render(OutputFormat.Table);

        output.Should().Contain("dead-letter erp-connector.customers.dlq:0:7").And.Contain("1 of 2 difference(s) are linked");
    }

    [Fact]
    public void Links_DeadLetterByCanonicalOrRecordIdAndConflictOnTheDriftedField()
    {
        var missing = Result.Differences[0];
        var drift = Result.Differences[1];
        DeadLetter[] letters =
        [
            new() { Topic = "erp-connector.customers.dlq", Partition = 0, Offset = 7, Key = "cust-2", ErrorClass = "PermanentEventException", ErrorMessage = "bad VAT id" },
            new() { Topic = "crm-connector.inbound.dlq", Partition = 0, Offset = 1, Key = "17", ErrorClass = "MappingRejectedException", ErrorMessage = "bad e-mail" },
        ];
        Hub.Identity.ConflictRecord[] conflicts =
        [
            Conflict("cust-3", "email"),
            Conflict("cust-3", "companyName"),
        ];

        var ofMissing = DifferenceLinks.Of(missing, letters, conflicts);
        var ofDrift = DifferenceLinks.Of(drift, letters, conflicts);

        ofMissing.Should().ContainSingle().Which.Ref.Should().Be("erp-connector.customers.dlq:0:7");
        ofDrift.Select(l => (l.Kind, l.Ref)).Should().Equal((DifferenceLinks.DeadLetter, "crm-connector.inbound.dlq:0:1"), (DifferenceLinks.Conflict, "conflict-cust-3-email"));
    }

    private static Hub.Identity.ConflictRecord Conflict(string canonicalId, string field) => new()
    {
        ConflictId = $"conflict-{canonicalId}-{field}",
        EntityType = "customer",
        CanonicalId = canonicalId,
        Field = field,
        ProposedValue = "x",
        ProposingSystem = "shop",
        OwnerSystem = "crm",
        OccurredAt = DateTimeOffset.UnixEpoch,
        CorrelationId = "c",
    };

    private static (string Output, string Error) Render(OutputFormat format)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var links = new Dictionary<Difference, IReadOnlyList<DifferenceLink>>
        {
            [Result.Differences[0]] = [new DifferenceLink(DifferenceLinks.DeadLetter, "erp-connector.customers.dlq:0:7", "dead letter on erp-connector.customers.dlq: bad VAT id")],
        };
        ReconcileView.Show(new CliOutput(output, error, format, interactive: false), Result, links);
        return (output.ToString(), error.ToString());
    }
}
