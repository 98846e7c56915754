using System.Globalization;
using Hub.Cli.IntegrationTests.Support;
using Hub.Messaging.TestApp;
using Hub.Testing;

namespace Hub.Cli.IntegrationTests;

/// <summary>`hub replay` against a running connector (TestApp), through the protocol of docs/replay.md.</summary>
public sealed class ReplayCliTests(StackFixture stack)
{
    [Fact]
    public async Task Replay_DryRunOrWithoutYes_ChangesNothing()
    {
        await using var scenario = await CliScenario.CreateAsync(stack);
        await using var connector = ConnectorProcess.Start(scenario);
        var events = Events(6, "order");
        await scenario.PublishAsync(events);
        await scenario.WaitForAppliedAsync(6, connector: connector);
        await Eventually.UntilAsync(async () => await scenario.CheckpointedAsync() == 6, "the checkpoints to cover every event", TimeSpan.FromSeconds(30));

        var dryRun = await HubCli.RunAsync(scenario, "replay", scenario.Group, "--from-beginning", "--dry-run", "--reason", "rehearsal");
        var withoutYes = await HubCli.RunAsync(scenario, "replay", scenario.Group, "--from-beginning");

        dryRun.ExitCode.Should().Be(0, dryRun.ToString());
        dryRun.Output.Should().Contain("Dry run").And.Contain("6 event(s)");
        withoutYes.ExitCode.Should().Be(2, withoutYes.ToString());
        withoutYes.Error.Should().Contain("--yes");
        (await scenario.PendingReplaysAsync()).Should().Be(0, "a dry run writes no rewind request");
        (await scenario.Redis.GetDatabase().KeyExistsAsync($"{scenario.Namespace}:{{{scenario.Group}}}:epochs")).Should().BeFalse("no replay epoch was bumped");
        var audit = scenario.AuditRecords();
        audit.Should().NotContain(r => !r.GetProperty("dryRun").GetBoolean(), "nothing was changed");
        audit.Should().ContainSingle(r => r.GetProperty("dryRun").GetBoolean() && r.GetProperty("command").GetString() == "replay")
            .Which.GetProperty("reason").GetString().Should().Be("rehearsal");
        foreach (var e in events)
        {
            (await scenario.CallsAsync(e.EventId)).Should().Be(1);
        }
    }

    [Fact]
    public async Task Replay_SinceProcessedAfterFaultyRelease_ReappliesExactlyTheLaterEventsOnce()
    {
        await using var scenario = await CliScenario.CreateAsync(stack);
        await using var connector = ConnectorProcess.Start(scenario);
        var before = Events(9, "customer");
        await scenario.PublishAsync(before);
        await scenario.WaitForAppliedAsync(9, connector: connector);
        await Eventually.UntilAsync(async () => await scenario.CheckpointedAsync() == 9, "the checkpoints to cover the events before the release", TimeSpan.FromSeconds(30));

        // The faulty release goes live at T: everything processed from now on must be re-applied.
        var releasedAt = DateTimeOffset.UtcNow;
        await Eventually.UntilAsync(() => DateTimeOffset.UtcNow > releasedAt.AddMilliseconds(20), "the clock to move past the release time");
        var after = Events(9, "customer");
        await scenario.PublishAsync(after);
        await scenario.WaitForAppliedAsync(18, connector: connector);
        await Eventually.UntilAsync(async () => await scenario.CheckpointedAsync() == 18, "the checkpoints to cover the events after the release", TimeSpan.FromSeconds(30));

        var replay = await HubCli.RunAsync(scenario, "replay", scenario.Group, "--since-processed", releasedAt.ToString("O", CultureInfo.InvariantCulture),
            "--yes", "--reason", "INC-1 faulty mapping release", "--wait-timeout", "120s");

        replay.ExitCode.Should().Be(0, $"{replay}{Environment.NewLine}connector:{Environment.NewLine}{connector.Output}");
        replay.Output.Should().Contain("9 event(s)").And.Contain("progress").And.Contain("completed");
        foreach (var e in before)
        {
            (await scenario.CallsAsync(e.EventId)).Should().Be(1, $"{e.EventId} was processed before the faulty release");
        }

        foreach (var e in after)
        {
            (await scenario.CallsAsync(e.EventId)).Should().Be(2, $"{e.EventId} was processed by the faulty release and is re-applied exactly once");
        }

        scenario.AuditRecords().Should().ContainSingle(r => !r.GetProperty("dryRun").GetBoolean() && r.GetProperty("command").GetString() == "replay")
            .Which.GetProperty("who").GetString().Should().Be("integration-test");
    }

    [Fact]
    public async Task Replay_FromTime_ReappliesExactlyTheEventsWrittenAfterThatTime()
    {
        Assert.SkipWhen(stack.IsEmbedded, "needs a real Kafka cluster (HUB_TEST_KAFKA or Docker): the mock cluster's ListOffsets does not look up timestamps (OffsetsForTimes)");
        await using var scenario = await CliScenario.CreateAsync(stack);
        await using var connector = ConnectorProcess.Start(scenario);
        var before = Events(6, "invoice");
        await scenario.PublishAsync(before);
        await scenario.WaitForAppliedAsync(6, connector: connector);

        var writtenFrom = DateTimeOffset.UtcNow;
        await Eventually.UntilAsync(() => DateTimeOffset.UtcNow > writtenFrom.AddMilliseconds(20), "the clock to move past the cut-off");
        var after = Events(6, "invoice");
        await scenario.PublishAsync(after);
        await scenario.WaitForAppliedAsync(12, connector: connector);
        await Eventually.UntilAsync(async () => await scenario.CheckpointedAsync() == 12, "the checkpoints to cover every event", TimeSpan.FromSeconds(30));

        var replay = await HubCli.RunAsync(scenario, "replay", scenario.Group, "--from-time", writtenFrom.ToString("O", CultureInfo.InvariantCulture),
            "--yes", "--reason", "re-send the afternoon's invoices", "--wait-timeout", "120s");

        replay.ExitCode.Should().Be(0, $"{replay}{Environment.NewLine}connector:{Environment.NewLine}{connector.Output}");
        replay.Output.Should().Contain("6 event(s)");
        foreach (var e in before)
        {
            (await scenario.CallsAsync(e.EventId)).Should().Be(1, $"{e.EventId} was written before the cut-off");
        }

        foreach (var e in after)
        {
            (await scenario.CallsAsync(e.EventId)).Should().Be(2, $"{e.EventId} was written after the cut-off and is re-applied once");
        }
    }

    [Fact]
    public async Task Replay_FromTimeOnTheEmbeddedCluster_FailsNamingTheAlternatives()
    {
        Assert.SkipUnless(stack.IsEmbedded, "checks the embedded mock cluster's answer; a real cluster has a time index (see Replay_FromTime_…)");
        await using var scenario = await CliScenario.CreateAsync(stack, partitions: 1);
        await using var connector = ConnectorProcess.Start(scenario);
        await scenario.PublishAsync(Events(1, "x"));
        await scenario.WaitForAppliedAsync(1, connector: connector);
        await Eventually.UntilAsync(async () => await scenario.CheckpointedAsync() == 1, "a checkpoint", TimeSpan.FromSeconds(30));

        var result = await HubCli.RunAsync(scenario, "replay", scenario.Group, "--from-time", "1h ago", "--dry-run");

        result.ExitCode.Should().NotBe(0, result.ToString());
        result.Error.Should().Contain("OffsetsForTimes").And.Contain("--since-processed");
    }

    [Fact]
    public async Task Replay_UnknownConnector_ExitCode2NamingKnownGroups()
    {
        await using var scenario = await CliScenario.CreateAsync(stack, partitions: 1);
        await using var connector = ConnectorProcess.Start(scenario);
        await scenario.PublishAsync(Events(1, "x"));
        await scenario.WaitForAppliedAsync(1, connector: connector);
        await Eventually.UntilAsync(async () => await scenario.CheckpointedAsync() == 1, "a checkpoint", TimeSpan.FromSeconds(30));

        var result = await HubCli.RunAsync(scenario, "replay", "no-such-connector", "--from-beginning", "--dry-run");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("no-such-connector").And.Contain(scenario.Group);
    }

    private static List<TestEvent> Events(int count, string entity) =>
        Enumerable.Range(0, count).Select(i => TestEvent.Create($"{entity}-{i % 5}", i)).ToList();
}
