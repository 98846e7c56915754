using System.Text;
using System.Text.Json;
using Hub.Cli.IntegrationTests.Support;
using Hub.Identity;
using Hub.Testing;
using Microsoft.Extensions.Options;

namespace Hub.Cli.IntegrationTests;

/// <summary>`hub conflicts` against conflicts recorded the way the connectors record them (Hub.Identity's ConflictStore).</summary>
public sealed class ConflictsCliTests(StackFixture stack)
{
    [Fact]
    public async Task ConflictsAccept_PendingConflict_DecidedInRedisAnnouncedAndAudited()
    {
        await using var scenario = await CliScenario.CreateAsync(stack, partitions: 1);
        var store = Store(scenario);
        var conflict = NewConflict(scenario);
        await store.RecordAsync(conflict);

        var list = await HubCli.RunAsync(scenario, "conflicts", "list", "--entity", "customer", "--system", "shop", "-o", "json");
        list.ExitCode.Should().Be(0, list.ToString());
        var listed = JsonDocument.Parse(list.Output).RootElement.GetProperty("conflicts").EnumerateArray().Should().ContainSingle().Subject;
        listed.GetProperty("conflictId").GetString().Should().Be(conflict.ConflictId);
        listed.GetProperty("status").GetString().Should().Be("pending");
        var table = await HubCli.RunAsync(scenario, "conflicts", "list");
        table.Output.Should().Contain(conflict.ConflictId).And.Contain("'jane@example.com' -> 'jane.doe@example.com'");

        var preview = await HubCli.RunAsync(scenario, "conflicts", "accept", conflict.ConflictId);
        var dryRun = await HubCli.RunAsync(scenario, "conflicts", "accept", conflict.ConflictId, "--dry-run", "--reason", "rehearsal");

        preview.ExitCode.Should().Be(2, preview.ToString());
        preview.Output.Should().Contain($"enter 'jane.doe@example.com' as email of customer {conflict.CanonicalId} in crm");
        dryRun.ExitCode.Should().Be(0, dryRun.ToString());
        dryRun.Output.Should().Contain("Dry run");
        (await store.GetAsync(conflict.ConflictId))!.Status.Should().Be(ConflictStatus.Pending, "neither a preview nor a dry run decides");

        var accept = await HubCli.RunAsync(scenario, "conflicts", "accept", conflict.ConflictId, "--yes", "--reason", "INC-9 confirmed with the customer");

        accept.ExitCode.Should().Be(0, accept.ToString());
        accept.Output.Should().Contain("accepted by integration-test");
        var stored = await store.GetAsync(conflict.ConflictId);
        stored!.Status.Should().Be(ConflictStatus.Accepted);
        stored.DecidedBy.Should().Be("integration-test");
        stored.DecisionNote.Should().Be("INC-9 confirmed with the customer");
        (await store.ListPendingAsync()).Should().BeEmpty();
        var announced = Announced(conflict).Should().ContainSingle("the dry run announced nothing").Subject;
        announced.Status.Should().Be(ConflictStatus.Accepted);
        announced.DecidedBy.Should().Be("integration-test");
        var audit = TopicReader.AuditRecords(stack, target => target == conflict.ConflictId);
        audit.Should().HaveCount(2);
        audit.Should().ContainSingle(r => r.GetProperty("dryRun").GetBoolean()).Which.GetProperty("reason").GetString().Should().Be("rehearsal");
        var applied = audit.Should().ContainSingle(r => !r.GetProperty("dryRun").GetBoolean()).Subject;
        applied.GetProperty("command").GetString().Should().Be("conflicts accept");
        applied.GetProperty("outcome").GetString().Should().Be("succeeded");
        applied.GetProperty("who").GetString().Should().Be("integration-test");

        var again = await HubCli.RunAsync(scenario, "conflicts", "reject", conflict.ConflictId, "--yes", "--reason", "second opinion");

        again.ExitCode.Should().Be(1, again.ToString());
        again.Error.Should().Contain("already accepted by integration-test at").And.Contain("nothing was changed");
        (await store.GetAsync(conflict.ConflictId))!.Status.Should().Be(ConflictStatus.Accepted);
        Announced(conflict).Should().ContainSingle();
    }

    [Fact]
    public async Task ConflictsReject_UnknownIdOrDryRun_ChangesNothingThenRejects()
    {
        await using var scenario = await CliScenario.CreateAsync(stack, partitions: 1);
        var store = Store(scenario);
        var conflict = NewConflict(scenario);
        await store.RecordAsync(conflict);

        var unknown = await HubCli.RunAsync(scenario, "conflicts", "reject", "no-such-conflict", "--yes", "--reason", "typo");
        var dryRun = await HubCli.RunAsync(scenario, "conflicts", "reject", conflict.ConflictId, "--dry-run");

        unknown.ExitCode.Should().Be(2, unknown.ToString());
        unknown.Error.Should().Contain("No conflict has the id 'no-such-conflict'");
        dryRun.ExitCode.Should().Be(0, dryRun.ToString());
        (await store.GetAsync(conflict.ConflictId))!.Status.Should().Be(ConflictStatus.Pending);
        Announced(conflict).Should().BeEmpty();
        TopicReader.AuditRecords(stack, target => target == conflict.ConflictId).Should().ContainSingle().Which.GetProperty("dryRun").GetBoolean().Should().BeTrue();

        var reject = await HubCli.RunAsync(scenario, "conflicts", "reject", conflict.ConflictId, "--yes", "--reason", "crm is right", "-o", "json");
        var decided = await HubCli.RunAsync(scenario, "conflicts", "list", "--decided", "--field", "email", "-o", "json");
        var show = await HubCli.RunAsync(scenario, "conflicts", "show", conflict.ConflictId, "-o", "json");

        reject.ExitCode.Should().Be(0, reject.ToString());
        JsonDocument.Parse(reject.Output).RootElement.GetProperty("nextStep").GetString().Should().Contain("crm keeps 'jane@example.com'");
        JsonDocument.Parse(decided.Output).RootElement.GetProperty("conflicts")[0].GetProperty("status").GetString().Should().Be("rejected");
        var shown = JsonDocument.Parse(show.Output).RootElement.GetProperty("conflict");
        shown.GetProperty("decisionNote").GetString().Should().Be("crm is right");
        Announced(conflict).Should().ContainSingle().Which.Status.Should().Be(ConflictStatus.Rejected);
    }

    private static ConflictStore Store(CliScenario scenario) =>
        new(scenario.Redis, Options.Create(new IdentityOptions { KeyPrefix = scenario.Namespace }), TimeProvider.System);

    private static ConflictRecord NewConflict(CliScenario scenario) => new()
    {
        ConflictId = Guid.CreateVersion7().ToString("D"),
        EntityType = "customer",
        CanonicalId = $"c-{scenario.Namespace}",
        Field = "email",
        CurrentValue = "jane@example.com",
        ProposedValue = "jane.doe@example.com",
        ProposingSystem = "shop",
        OwnerSystem = "crm",
        Reason = "crm owns email",
        OccurredAt = DateTimeOffset.UtcNow,
        CorrelationId = $"corr-{scenario.Namespace}",
        RaisedAt = DateTimeOffset.UtcNow,
    };

    /// <summary>What hub.conflicts holds about this conflict (the CLI waits for the broker's ack before it exits).</summary>
    private List<ConflictRecord> Announced(ConflictRecord conflict) =>
        TopicReader.ReadAll(stack, TopicConflictPublisher.Topic, 3)
            .Where(m => Encoding.UTF8.GetString(m.Key!) == conflict.CanonicalId)
            .Select(m => JsonSerializer.Deserialize<ConflictRecord>(m.Value, ConflictJsonSerializer.Options)!)
            .Where(c => c.ConflictId == conflict.ConflictId)
            .ToList();
}
