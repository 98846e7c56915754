using System.Text.Json;
using Hub.Cli.IntegrationTests.Support;
using Hub.Messaging.TestApp;
using Hub.Testing;

namespace Hub.Cli.IntegrationTests;

/// <summary>`hub pause` / `hub resume` (the kill switch) against a running connector (TestApp).</summary>
public sealed class PauseCliTests(StackFixture stack)
{
    private const string Reason = "INC-77 target system migration";

    [Fact]
    public async Task PauseResume_Subscription_WritesAndClearsStateAndAudits()
    {
        await using var scenario = await CliScenario.CreateAsync(stack, partitions: 1);
        var key = $"{scenario.Namespace}:conn:testapp:pause";

        var preview = await HubCli.RunAsync(scenario, "pause", scenario.Group);
        var noReason = await HubCli.RunAsync(scenario, "pause", scenario.Group, "--yes");
        preview.ExitCode.Should().Be(2, preview.ToString());
        noReason.ExitCode.Should().Be(2, noReason.ToString());
        (await scenario.Redis.GetDatabase().KeyExistsAsync(key)).Should().BeFalse("neither a preview nor a refused pause writes anything");

        var pause = await HubCli.RunAsync(scenario, "pause", scenario.Group, "--yes", "--reason", Reason, "-o", "json");

        pause.ExitCode.Should().Be(0, pause.ToString());
        var stored = await scenario.Redis.GetDatabase().HashGetAllAsync(key);
        var entry = stored.Should().ContainSingle().Subject;
        entry.Name.ToString().Should().Be($"subscription:{scenario.Group["testapp.".Length..]}");
        var record = JsonDocument.Parse(entry.Value.ToString()).RootElement;
        record.GetProperty("who").GetString().Should().Be("integration-test");
        record.GetProperty("reason").GetString().Should().Be(Reason);

        var resume = await HubCli.RunAsync(scenario, "resume", scenario.Group, "--yes", "--reason", "migration done");

        resume.ExitCode.Should().Be(0, resume.ToString());
        resume.Output.Should().Contain("resumed");
        (await scenario.Redis.GetDatabase().KeyExistsAsync(key)).Should().BeFalse();
        var audit = scenario.AuditRecords();
        audit.Should().ContainSingle(r => r.GetProperty("command").GetString() == "pause").Which.GetProperty("reason").GetString().Should().Be(Reason);
        audit.Should().ContainSingle(r => r.GetProperty("command").GetString() == "resume").Which.GetProperty("outcome").GetString().Should().Be("succeeded");

        var again = await HubCli.RunAsync(scenario, "resume", scenario.Group, "--yes", "--reason", "twice");

        again.ExitCode.Should().Be(0, again.ToString());
        again.Output.Should().Contain("is not paused").And.Contain("nothing to resume");
        scenario.AuditRecords().Should().HaveCount(2, "resuming what is not paused changes nothing and is not audited");
    }

    [Fact]
    public async Task Pause_WhileEventsProducedAndAcrossRestart_HandlesNothingThenEachOnceAfterResume()
    {
        await using var scenario = await CliScenario.CreateAsync(stack, partitions: 2);
        var before = Events(4, "before");
        var during = Events(12, "during");
        var connector = ConnectorProcess.Start(scenario);
        try
        {
            await scenario.PublishAsync(before);
            await scenario.WaitForAppliedAsync(4, connector: connector);
            await Eventually.UntilAsync(async () => await scenario.CheckpointedAsync() == 4, "the checkpoints to cover the first events", TimeSpan.FromSeconds(30), cancellationToken: TestContext.Current.CancellationToken);

            var pause = await HubCli.RunAsync(scenario, "pause", scenario.Group, "--yes", "--reason", Reason);
            pause.ExitCode.Should().Be(0, pause.ToString());
            await Eventually.UntilAsync(() => Task.FromResult(connector.Output.Contains(Reason, StringComparison.Ordinal)), "the worker to log the pause", TimeSpan.FromSeconds(30), cancellationToken: TestContext.Current.CancellationToken);
            await scenario.PublishAsync(during);
            await Eventually.UntilAsync(async () => (await HubCli.RunAsync(scenario, "status", scenario.Group)).Output.Contains(Reason, StringComparison.Ordinal), "hub status to show the pause and its reason", TimeSpan.FromSeconds(30), cancellationToken: TestContext.Current.CancellationToken);
            (await scenario.AppliedAsync()).Should().HaveCount(4, "a paused subscription calls no handler");
            (await scenario.CheckpointedAsync()).Should().Be(4, "a paused subscription acknowledges nothing");

            await connector.DisposeAsync();
            connector = ConnectorProcess.Start(scenario);
            await Eventually.UntilAsync(() => Task.FromResult(connector.Output.Contains(Reason, StringComparison.Ordinal)), "the restarted worker to find the pause", TimeSpan.FromSeconds(60), cancellationToken: TestContext.Current.CancellationToken);
            await Eventually.UntilAsync(async () => (await HubCli.RunAsync(scenario, "status", scenario.Group)).Output.Contains(Reason, StringComparison.Ordinal), "the restarted instance to report itself paused (a clean stop removed the old heartbeat)", TimeSpan.FromSeconds(30), cancellationToken: TestContext.Current.CancellationToken);
            (await scenario.AppliedAsync()).Should().HaveCount(4, "the pause survives a restart");

            var resume = await HubCli.RunAsync(scenario, "resume", scenario.Group, "--yes", "--reason", "migration done");

            resume.ExitCode.Should().Be(0, resume.ToString());
            await scenario.WaitForAppliedAsync(16, connector: connector);
            await Eventually.UntilAsync(async () => await scenario.CheckpointedAsync() == 16, "the checkpoints to cover every event", TimeSpan.FromSeconds(30), cancellationToken: TestContext.Current.CancellationToken);
            foreach (var e in before.Concat(during))
            {
                (await scenario.CallsAsync(e.EventId)).Should().Be(1, $"{e.EventId} is handled exactly once");
            }
        }
        finally
        {
            await connector.DisposeAsync();
        }
    }

    private static List<TestEvent> Events(int count, string entity) =>
        Enumerable.Range(0, count).Select(i => TestEvent.Create($"{entity}-{i % 5}", i)).ToList();
}
