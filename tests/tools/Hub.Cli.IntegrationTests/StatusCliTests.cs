using Hub.Cli.IntegrationTests.Support;
using Hub.Messaging.TestApp;
using Hub.Testing;

namespace Hub.Cli.IntegrationTests;

/// <summary>`hub status` with a crashed instance and with Redis out of reach, against running TestApp connectors.</summary>
public sealed class StatusCliTests(StackFixture stack)
{
    [Fact]
    public async Task Status_InstanceKilled_ShowsItGoneAndItsPartitionsWithoutOwnerUntilReassigned()
    {
        await using var scenario = await CliScenario.CreateAsync(stack, partitions: 4);
        await using var doomed = ConnectorProcess.Start(scenario);
        await using var survivor = ConnectorProcess.Start(scenario);
        await scenario.PublishAsync(Events(8));
        await scenario.WaitForAppliedAsync(8, connector: survivor);
        var shared = await EventuallyStatusAsync(scenario, r => OwnersIn(r).Count == 2, "both instances to own partitions");
        shared.Output.Should().NotContain("WITHOUT A LIVE OWNER").And.NotContain("gone:").And.Contain("Kafka group protocol: ");
        // The coordinator's own view of the group: a real cluster describes it, the mock cluster has no DescribeGroups.
        shared.Output.Should().Contain(stack.IsEmbedded ? "Kafka's view: not available (" : "Kafka's view: Stable, ");
        if (!stack.IsEmbedded)
        {
            shared.Output.Should().Contain("2 member(s)");
        }

        // The dead member keeps its partitions in the group until its session expires; nobody processes them meanwhile.
        await doomed.KillAsync();
        var orphaned = await EventuallyStatusAsync(scenario, r => r.Output.Contains("WITHOUT A LIVE OWNER", StringComparison.Ordinal), "the killed instance's partitions to show without a live owner");
        orphaned.Output.Should().Contain("gone:").And.Contain("none (held by gone");
        OwnersIn(orphaned).Should().ContainSingle("only the survivor is live");

        var reassigned = await EventuallyStatusAsync(scenario, r => !r.Output.Contains("WITHOUT A LIVE OWNER", StringComparison.Ordinal), "the partitions to be reassigned to the survivor", TimeSpan.FromSeconds(120));
        reassigned.Output.Should().Contain("gone:", "the dead instance is still listed, apart from the live ones").And.NotContain("none (held by gone");
        await scenario.PublishAsync(Events(4));
        await scenario.WaitForAppliedAsync(12, connector: survivor);
    }

    [Fact]
    public async Task Status_RedisUnreachable_SaysSoAndShowsWhatKafkaKnowsExitCode3()
    {
        await using var scenario = await CliScenario.CreateAsync(stack, partitions: 2);
        await using (var connector = ConnectorProcess.Start(scenario))
        {
            await scenario.PublishAsync(Events(6));
            await scenario.WaitForAppliedAsync(6, connector: connector);
            await Eventually.UntilAsync(async () => await scenario.CheckpointedAsync() == 6, "the checkpoints to cover every event", TimeSpan.FromSeconds(30));
        }

        var status = await HubCli.RunRawAsync(["status", scenario.Group, "--bootstrap", stack.BootstrapServers, "--redis", "127.0.0.1:9", "--redis-prefix", scenario.Namespace, "--timeout", "2s"]);

        status.ExitCode.Should().Be(3, status.ToString());
        status.Error.Should().Contain("Redis at 127.0.0.1:9 is unreachable");
        status.Output.Should().Contain("Redis is unreachable").And.Contain(scenario.Group).And.Contain($"{scenario.Topic}[0]").And.Contain("unknown (Redis unreachable)");
    }

    private static async Task<CliResult> EventuallyStatusAsync(CliScenario scenario, Func<CliResult, bool> condition, string what, TimeSpan? timeout = null)
    {
        CliResult? last = null;
        try
        {
            await Eventually.UntilAsync(
                async () =>
                {
                    last = await HubCli.RunAsync(scenario, "status", scenario.Group);
                    return last.ExitCode == 0 && condition(last);
                },
                what,
                timeout ?? TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message} Last status:{Environment.NewLine}{last}", ex);
        }

        return last!;
    }

    /// <summary>Distinct owners in the status table's owner column (instances are named host:pid).</summary>
    private static HashSet<string> OwnersIn(CliResult status) =>
        System.Text.RegularExpressions.Regex.Matches(status.Output, $@"│ ({System.Text.RegularExpressions.Regex.Escape(Environment.MachineName)}:\d+)\s+│").Select(m => m.Groups[1].Value).ToHashSet();

    private static List<TestEvent> Events(int count) =>
        Enumerable.Range(0, count).Select(i => TestEvent.Create($"customer-{i % 4}", i)).ToList();
}
