using System.Text;
using System.Text.Json;
using Hub.Cli.IntegrationTests.Support;
using Hub.Identity;
using Hub.Testing;

namespace Hub.Cli.IntegrationTests;

/// <summary>`hub revert` over journal entries written to hub.writes the way the kit's WriteJournal writes them.</summary>
public sealed class RevertCliTests(StackFixture stack)
{
    [Fact]
    public async Task Revert_JournaledWrites_PlansEarliestPreviousValuesAndPublishesOneRequestPerRecord()
    {
        await using var scenario = await CliScenario.CreateAsync(stack, partitions: 1);
        var customer = $"cust-{scenario.Namespace}";
        var since = DateTimeOffset.UtcNow.AddMinutes(-10);
        await JournalAsync(
            scenario,
            Entry(customer, "c-1", since.AddMinutes(1), new JournaledField("firstname", "Ada", "ADA") { PreviousKnown = true }),
            Entry(customer, "c-1", since.AddMinutes(2), new JournaledField("firstname", "ADA", "A.") { PreviousKnown = true }, new JournaledField("phone", "+441", "+449") { PreviousKnown = true }),
            Entry(customer, "c-2", since.AddMinutes(3), new JournaledField("firstname", null, "New")) with { Created = true });

        var preview = await HubCli.RunAsync(scenario, "revert", "crm-connector", "--since", since.ToString("O"), "--entity", customer, "-o", "json");

        preview.ExitCode.Should().Be(2, "a plan without --yes changes nothing: " + preview);
        var plan = JsonDocument.Parse(preview.Output).RootElement;
        var record = plan.GetProperty("records").EnumerateArray().Should().ContainSingle().Subject;
        record.GetProperty("recordId").GetString().Should().Be("c-1");
        var fields = record.GetProperty("fields").EnumerateArray().Select(f => (f.GetProperty("field").GetString(), f.GetProperty("restoreTo").GetString(), f.GetProperty("expected").GetString())).ToList();
        fields.Should().Equal(("firstname", "Ada", "A."), ("phone", "+441", "+449"));
        plan.GetProperty("skipped").EnumerateArray().Should().ContainSingle().Which.GetProperty("recordId").GetString().Should().Be("c-2");

        var reason = $"INC-{scenario.Namespace} revert release";
        var apply = await HubCli.RunAsync(scenario, "revert", "crm", "--since", since.ToString("O"), "--entity", customer, "--yes", "--reason", reason);

        apply.ExitCode.Should().Be(0, apply.ToString());
        var requests = Requests(customer);
        var request = requests.Should().ContainSingle().Subject;
        request.System.Should().Be("crm");
        request.RecordId.Should().Be("c-1");
        request.Fields.Should().Equal(new RevertField("firstname", "Ada", "A."), new RevertField("phone", "+441", "+449"));
        request.Reason.Should().Be(reason);
        request.RequestedBy.Should().Be("integration-test");
        TopicReader.AuditRecords(stack, t => t == "crm:revert")
            .Should().ContainSingle(r => r.GetProperty("reason").GetString() == reason)
            .Which.GetProperty("outcome").GetString().Should().Be("requested");
    }

    [Fact]
    public async Task Revert_NothingJournaledInTheWindow_SaysSoAndExitsZero()
    {
        await using var scenario = await CliScenario.CreateAsync(stack, partitions: 1);

        var result = await HubCli.RunAsync(scenario, "revert", "erp-connector", "--since", DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O"), "--entity", $"none-{scenario.Namespace}", "--yes", "--reason", "nothing");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("Nothing to revert");
    }

    private static async Task JournalAsync(CliScenario scenario, params WriteJournalEntry[] entries)
    {
        foreach (var entry in entries)
        {
            await scenario.ProduceRecordAsync(WriteJournalJsonSerializer.Topic, entry.CanonicalId, JsonSerializer.SerializeToUtf8Bytes(entry, WriteJournalJsonSerializer.Options));
        }
    }

    private List<RevertRequest> Requests(string customer) =>
        TopicReader.ReadAll(stack, "hub.reverts", 3)
            .Where(m => m.Key is { } key && Encoding.UTF8.GetString(key) == customer)
            .Select(m => JsonSerializer.Deserialize<RevertRequest>(m.Value!, WriteJournalJsonSerializer.Options)!)
            .ToList();

    private static WriteJournalEntry Entry(string customer, string recordId, DateTimeOffset at, params JournaledField[] fields) => new()
    {
        EntryId = Guid.NewGuid().ToString("D"),
        System = "crm",
        EntityType = "customer",
        CanonicalId = customer,
        RecordId = recordId,
        Fields = fields,
        CausingEventId = Guid.NewGuid().ToString("D"),
        WrittenAt = at,
    };
}
