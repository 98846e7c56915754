using System.Text.Json;
using Hub.Cli.IntegrationTests.Support;
using Hub.Identity.Capture;
using Hub.Testing;

namespace Hub.Cli.IntegrationTests;

/// <summary>`hub capture list` over exchanges written to hub.capture the way the kit's capture sink writes them.</summary>
public sealed class CaptureCliTests(StackFixture stack)
{
    [Fact]
    public async Task CaptureList_ConnectorAndKind_ShowsItsExchangesOldestFirstAndSkipsUnreadableMessages()
    {
        await using var scenario = await CliScenario.CreateAsync(stack, partitions: 1);
        var connector = $"shop-{scenario.Namespace}";
        var since = DateTimeOffset.UtcNow.AddMinutes(-10);
        await CaptureAsync(
            scenario,
            Exchange($"{connector}-connector", CapturedExchange.ApiCallKind, since.AddMinutes(2), "PUT", "/admin/api/2024-10/inventory_levels/set.json", 200),
            Exchange($"{connector}-connector", CapturedExchange.WebhookKind, since.AddMinutes(1), "POST", "/webhooks/shopify", 200),
            Exchange($"{connector}-connector", CapturedExchange.WebhookKind, since.AddMinutes(3), "POST", "/webhooks/shopify", 401),
            Exchange($"crm-{scenario.Namespace}-connector", CapturedExchange.WebhookKind, since.AddMinutes(1), "POST", "/webhooks/hubspot", 200));
        await scenario.ProduceRecordAsync(CaptureJsonSerializer.Topic, connector, "not a captured exchange"u8.ToArray());

        var json = await HubCli.RunAsync(scenario, "capture", "list", "--connector", connector, "--kind", "webhook", "--since", since.ToString("O"), "-o", "json");

        json.ExitCode.Should().Be(0, json.ToString());
        json.Error.Should().Contain("message(s) on hub.capture are not captured exchanges and were skipped");
        var exchanges = JsonDocument.Parse(json.Output).RootElement.GetProperty("exchanges").EnumerateArray().ToList();
        exchanges.Select(e => e.GetProperty("response").GetProperty("status").GetInt32()).Should().Equal(200, 401);
        exchanges[0].GetProperty("request").GetProperty("headers").GetProperty("X-Shopify-Hmac-Sha256").GetString().Should().Be("[secret]");

        var table = await HubCli.RunAsync(scenario, "capture", "list", "--connector", $"{connector}-connector", "--since", since.ToString("O"));

        table.ExitCode.Should().Be(0, table.ToString());
        table.Output.Should().Contain("PUT /admin/api/2024-10/inventory_levels/set.json").And.Contain("3 exchange(s)");
    }

    [Fact]
    public async Task CaptureList_UnknownKind_IsBadInput()
    {
        await using var scenario = await CliScenario.CreateAsync(stack, partitions: 1);

        var result = await HubCli.RunAsync(scenario, "capture", "list", "--kind", "poll");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("--kind must be 'webhook' or 'api-call'");
    }

    private static async Task CaptureAsync(CliScenario scenario, params CapturedExchange[] exchanges)
    {
        foreach (var exchange in exchanges)
        {
            await scenario.ProduceRecordAsync(CaptureJsonSerializer.Topic, exchange.Connector, JsonSerializer.SerializeToUtf8Bytes(exchange, CaptureJsonSerializer.Options));
        }
    }

    private static CapturedExchange Exchange(string connector, string kind, DateTimeOffset at, string method, string target, int status) => new()
    {
        CaptureId = Guid.NewGuid().ToString("D"),
        Connector = connector,
        Kind = kind,
        Channel = kind == CapturedExchange.WebhookKind ? "shopify" : "shop",
        At = at,
        DurationMs = 12.5,
        Request = new CapturedMessage
        {
            Method = method,
            Target = target,
            Headers = new Dictionary<string, string> { ["X-Shopify-Hmac-Sha256"] = "[secret]", ["Content-Type"] = "application/json" },
            Body = """{"id":1}""",
        },
        Response = new CapturedMessage { Status = status },
    };
}
