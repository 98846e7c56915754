using System.Text.Json;
using Confluent.Kafka;
using Hub.Cli.IntegrationTests.Support;
using Hub.Messaging.TestApp;
using Hub.Testing;

namespace Hub.Cli.IntegrationTests;

/// <summary>`hub dlq` against a running connector whose target was down longer than the retry topic's attempts.</summary>
public sealed class DlqCliTests(StackFixture stack)
{
    // One attempt on the main topic, two on the retry topic: an event failing three times is dead-lettered.
    private static readonly Dictionary<string, string> ShortRetries = new()
    {
        ["Subscriptions__main__Retry__InProcessAttempts"] = "0",
        ["Subscriptions__main__Retry__RetryTopicAttempts"] = "2",
    };

    [Fact]
    public async Task DlqReplay_AfterCauseFixed_EachAppliedOnceDlqEmptyAndSecondReplayHarmless()
    {
        await using var scenario = await CliScenario.CreateAsync(stack);
        await using var connector = ConnectorProcess.Start(scenario, ShortRetries);
        var outage = Enumerable.Range(0, 3).Select(i => TestEvent.Create($"invoice-{i}", 1, failTimes: 3)).ToList();
        var healthy = Enumerable.Range(0, 2).Select(i => TestEvent.Create($"invoice-ok-{i}", 1)).ToList();
        await scenario.PublishAsync([.. outage, .. healthy]);
        await scenario.WaitForAppliedAsync(2, connector: connector);
        await Eventually.UntilAsync(async () => await UnresolvedAsync(scenario) == 3, "three dead letters", TimeSpan.FromSeconds(90));
        foreach (var e in outage)
        {
            (await scenario.CallsAsync(e.EventId)).Should().Be(3, "one attempt on the main topic and two on the retry topic");
        }

        var traced = await HubCli.RunAsync(scenario, "trace", outage[0].EventId, "-o", "json");
        traced.ExitCode.Should().Be(0, traced.ToString());
        Outcome(traced).Should().Be("dead-lettered");

        // The target is back (each event's FailTimes is used up): send the dead letters back.
        var replay = await HubCli.RunAsync(scenario, "dlq", "replay", "-c", scenario.Group, "--yes", "--reason", "INC-2 target healthy again");

        replay.ExitCode.Should().Be(0, replay.ToString());
        replay.Output.Should().Contain("Replayed 3 of 3");
        await scenario.WaitForAppliedAsync(5, connector: connector);
        var applied = await scenario.AppliedAsync();
        foreach (var e in outage)
        {
            applied.Count(a => a.EndsWith(e.EventId, StringComparison.Ordinal)).Should().Be(1);
            (await scenario.CallsAsync(e.EventId)).Should().Be(4, "the replayed dead letter is handled once");
        }

        (await UnresolvedAsync(scenario)).Should().Be(0);
        var status = await HubCli.RunAsync(scenario, "status", scenario.Group, "-o", "json");
        status.ExitCode.Should().Be(0, status.ToString());
        JsonDocument.Parse(status.Output).RootElement.GetProperty("groups")[0].GetProperty("dlqDepth").GetInt64().Should().Be(0);
        traced = await HubCli.RunAsync(scenario, "trace", outage[0].EventId, "-o", "json");
        Outcome(traced).Should().Be("handled after DLQ replay");

        var again = await HubCli.RunAsync(scenario, "dlq", "replay", "-c", scenario.Group, "--yes", "--reason", "run twice by mistake");
        again.ExitCode.Should().Be(0, again.ToString());
        again.Output.Should().Contain("Nothing to replay");

        // Even forced (resolved ones included), the connector deduplicates on the dead letter's identity.
        var forced = await HubCli.RunAsync(scenario, "dlq", "replay", "-c", scenario.Group, "--include-resolved", "--yes", "--reason", "forced repeat");
        forced.ExitCode.Should().Be(0, forced.ToString());
        await Eventually.UntilAsync(() => RetryTopicConsumed(scenario), "the retry worker to pass the repeated copies", TimeSpan.FromSeconds(60));
        foreach (var e in outage)
        {
            (await scenario.CallsAsync(e.EventId)).Should().Be(4, "a dead letter replayed twice is handled once");
        }

        (await scenario.AppliedAsync()).Should().HaveCount(5);
        scenario.AuditRecords().Count(r => r.GetProperty("command").GetString() == "dlq replay" && !r.GetProperty("dryRun").GetBoolean()).Should().Be(2, "the run that found nothing changed nothing");
    }

    [Fact]
    public async Task DlqList_PoisonEvents_ShownWithErrorHeadersAndDecodedValue()
    {
        await using var scenario = await CliScenario.CreateAsync(stack, partitions: 1);
        await using var connector = ConnectorProcess.Start(scenario);
        var poison = TestEvent.Create("customer-9", 1, poison: true);
        await scenario.PublishAsync([poison]);
        await Eventually.UntilAsync(async () => await UnresolvedAsync(scenario) == 1, "the poison event in the DLQ", TimeSpan.FromSeconds(60));

        var list = await HubCli.RunAsync(scenario, "dlq", "list", "-c", scenario.Group, "--error-kind", "permanent:poison", "-o", "json");
        var letter = JsonDocument.Parse(list.Output).RootElement.GetProperty("deadLetters")[0];
        var show = await HubCli.RunAsync(scenario, "dlq", "show", letter.GetProperty("ref").GetString()!, "-o", "json");

        letter.GetProperty("eventId").GetString().Should().Be(poison.EventId);
        letter.GetProperty("errorClass").GetString().Should().Be("Hub.Messaging.Errors.PermanentEventException");
        show.ExitCode.Should().Be(0, show.ToString());
        var shown = JsonDocument.Parse(show.Output).RootElement;
        shown.GetProperty("value").GetProperty("encoding").GetString().Should().Be("json");
        shown.GetProperty("value").GetProperty("value").GetProperty("EventId").GetString().Should().Be(poison.EventId);
        shown.GetProperty("deadLetter").GetProperty("headers").GetProperty("hub-error-message").GetString().Should().Contain("poison by design");

        var purgeDry = await HubCli.RunAsync(scenario, "dlq", "purge", "-c", scenario.Group, "--all", "--dry-run");
        purgeDry.ExitCode.Should().Be(0, purgeDry.ToString());
        (await UnresolvedAsync(scenario)).Should().Be(1, "a dry-run purge changes nothing");
        var purge = await HubCli.RunAsync(scenario, "dlq", "purge", "-c", scenario.Group, "--all", "--yes", "--reason", "bad test data");
        purge.ExitCode.Should().Be(0, purge.ToString());
        (await UnresolvedAsync(scenario)).Should().Be(0);
    }

    private static async Task<int> UnresolvedAsync(CliScenario scenario)
    {
        var list = await HubCli.RunAsync(scenario, "dlq", "list", "-c", scenario.Group, "-o", "json");
        list.ExitCode.Should().Be(0, list.ToString());
        return JsonDocument.Parse(list.Output).RootElement.GetProperty("count").GetInt32();
    }

    private static string? Outcome(CliResult trace) =>
        JsonDocument.Parse(trace.Output).RootElement.GetProperty("groups").EnumerateArray().Single().GetProperty("outcome").GetString();

    private static bool RetryTopicConsumed(CliScenario scenario)
    {
        using var reader = new ConsumerBuilder<byte[], byte[]>(scenario.Stack.ConsumerConfig($"{scenario.Group}.retry")).Build();
        var partitions = Enumerable.Range(0, scenario.Partitions).Select(p => new TopicPartition(scenario.RetryTopic, p)).ToList();
        var committed = reader.Committed(partitions, TimeSpan.FromSeconds(10)).ToDictionary(c => c.TopicPartition, c => c.Offset.Value);
        return partitions.All(p => reader.QueryWatermarkOffsets(p, TimeSpan.FromSeconds(10)).High.Value is var high && (high == 0 || committed.GetValueOrDefault(p, -1) >= high));
    }
}
