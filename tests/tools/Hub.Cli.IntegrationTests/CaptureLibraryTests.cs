using System.Text.Json;
using Hub.Cli.IntegrationTests.Support;
using Hub.Testing;

namespace Hub.Cli.IntegrationTests;

/// <summary>
/// The library of problematic records kept as captures (tests/captures/, README there) replayed through the current
/// build against its sandbox, both started by `hub capture replay`: what the build answered when the records were
/// captured is what it must still answer.
/// </summary>
public sealed class CaptureLibraryTests(CaptureLibraryHub hub) : IClassFixture<CaptureLibraryHub>
{
    private const string ShopSecret = "library-webhook-secret";
    private const string ShopToken = "library-access-token";

    [Fact]
    public async Task CaptureReplay_ShopLibrary_CurrentBuildAnswersAsCaptured()
    {
        var run = $"library-{Guid.NewGuid():N}"[..20];
        foreach (var topic in new[] { "customers", "orders", "inbound-dlq", "idle" })
        {
            await hub.Stack.CreateTopicAsync($"{run}.{topic}", 1);
        }

        var result = await HubCli.RunRawAsync(
        [
            "capture", "replay", "--connector", "shop", "--files", RepositoryRoot.Combine("tests", "captures", "shop"),
            "--candidate", ServiceProcess.BuiltDll("Shop.Connector"), "--sandbox", ServiceProcess.BuiltDll("Shop.Sandbox"),
            "--sandbox-set", $"Webhooks__Secret={ShopSecret}", "--sandbox-set", $"Sandbox__AccessToken={ShopToken}",
            "--set", $"Secrets__Values__shop-webhook-secret={ShopSecret}", "--set", $"Secrets__Values__shop-access-token={ShopToken}",
            "--set", $"Topics__Canonical__CustomerUpserted={run}.customers", "--set", $"Topics__Canonical__OrderPlaced={run}.orders",
            "--set", $"Shop__InboundDeadLetterTopic={run}.inbound-dlq",
            "--set", $"Subscriptions__stock__Topics__0={run}.idle", "--set", $"Subscriptions__stock__GroupId={run}.group.stock",
            "--bootstrap", hub.Stack.BootstrapServers, "--redis", hub.Stack.RedisConfiguration, "--registry", hub.Hub.RegistryAddress.ToString(),
            "-o", "json",
        ]);

        result.ExitCode.Should().Be(0, result.ToString());
        var summary = JsonDocument.Parse(result.Output).RootElement.GetProperty("summary");
        summary.GetProperty("webhooks").GetInt32().Should().Be(
            Directory.GetFiles(RepositoryRoot.Combine("tests", "captures", "shop"), "*.jsonl").Sum(f => File.ReadLines(f).Count(l => l.Length > 0)),
            "every record of the library is replayed");
        summary.GetProperty("differences").GetInt32().Should().Be(0);
    }
}
