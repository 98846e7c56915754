namespace Hub.DevStack.IntegrationTests;

/// <summary>
/// The platform the dev host, the demo and the end-to-end tests start, read from the connectors' devhost.yaml files:
/// the same services, in the same order, with the same settings as when HubPlatform listed them in code.
/// </summary>
public sealed class HubPlatformTests
{
    private static readonly HubPlatformSettings Settings = new()
    {
        BootstrapServers = "127.0.0.1:9092",
        RedisConfiguration = "127.0.0.1:6379",
        SchemaRegistry = new Uri("http://127.0.0.1:8081"),
        KeyPrefix = "run1",
        LegacyFolder = Path.Combine(Path.GetTempPath(), "legacy"),
        LogLevel = "Information",
        Everywhere = new Dictionary<string, string> { ["OTEL_SERVICE_NAMESPACE"] = "hub" },
        Overrides = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [HubPlatform.ErpConnector] = new Dictionary<string, string> { ["Kafka__Consumer__FetchWaitMaxMs"] = "50" },
        },
    };

    private static readonly string[] Systems = ["crm", "shop", "erp", "accounting", "legacy"];

    [Fact]
    public void Services_RepositoryDescriptors_SandboxesThenConnectorsInTheFixedOrder()
    {
        var services = HubPlatform.Services(Settings);

        services.Select(s => s.Name).Should().Equal(Systems.Select(s => $"{s}-sandbox").Concat(Systems.Select(s => $"{s}-connector")));
        services.Select(s => s.Project).Should().Equal(
            ["Crm.Sandbox", "Shop.Sandbox", "Erp.Sandbox", "Accounting.Sandbox", "Legacy.Sandbox",
             "Crm.Connector", "Shop.Connector", "Erp.Connector", "Accounting.Connector", "Legacy.Connector"]);
        services.Should().OnlyContain(s => s.ReadyPath == "/health/live");
    }

    [Fact]
    public void Services_RepositoryDescriptors_GiveEveryServiceTheSettingsItHadInCode()
    {
        var addresses = new PlatformAddresses(Enumerable.Range(0, Systems.Length * 2)
            .ToDictionary(i => i < Systems.Length ? $"{Systems[i]}-sandbox" : $"{Systems[i - Systems.Length]}-connector", i => new Uri($"http://127.0.0.1:{5000 + i}/")));
        var actual = HubPlatform.Services(Settings).ToDictionary(s => s.Name, s => s.Settings(addresses));

        foreach (var (name, own) in Expected(addresses))
        {
            var expected = new Dictionary<string, string>
            {
                ["Logging__LogLevel__Default"] = "Information",
                ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
                ["OTEL_SERVICE_NAMESPACE"] = "hub",
            };
            if (name.EndsWith("-connector", StringComparison.Ordinal))
            {
                expected["Kafka__BootstrapServers"] = "127.0.0.1:9092";
                expected["Kafka__Consumer__FetchWaitMaxMs"] = name == HubPlatform.ErpConnector ? "50" : "20";
                expected["Redis__Configuration"] = "127.0.0.1:6379";
                expected["Redis__KeyPrefix"] = expected["Identity__KeyPrefix"] = expected["WebhookReceipts__KeyPrefix"] = "run1";
                expected["SchemaRegistry__Url"] = "http://127.0.0.1:8081/";
            }

            foreach (var (key, value) in own)
            {
                expected[key] = value;
            }

            actual[name].Should().BeEquivalentTo(expected, name);
        }
    }

    [Fact]
    public void Services_NewDescriptor_JoinsAfterTheOthersWithoutEditingHubPlatform()
    {
        var descriptors = DevHostDescriptors.Find(AppContext.BaseDirectory).Append(new DevHostDescriptor
        {
            Sandbox = new DevHostService { Name = "billing-sandbox", Project = "Billing.Sandbox" },
            Connector = new DevHostService { Name = "billing-connector", Project = "Billing.Connector", Settings = { ["ExternalApis__billing__BaseUrl"] = "{url:billing-sandbox:/v2/}" } },
        });

        var services = HubPlatform.Services(Settings, descriptors);

        services.Select(s => s.Name).Should().HaveCount(12).And.ContainInOrder("legacy-sandbox", "billing-sandbox", "crm-connector").And.EndWith("billing-connector");
        var addresses = new PlatformAddresses(services.Select((s, i) => (s.Name, i)).ToDictionary(x => x.Name, x => new Uri($"http://127.0.0.1:{6000 + x.i}/")));
        services[^1].Settings(addresses)["ExternalApis__billing__BaseUrl"].Should().Be("http://127.0.0.1:6005/v2/");
    }

    [Fact]
    public void Descriptors_AccountingSandbox_UsesXeroSandboxAccessValues()
    {
        var accounting = DevHostDescriptors.Find(AppContext.BaseDirectory).Single(d => d.Connector?.Name == HubPlatform.AccountingConnector);

        accounting.Sandbox!.Settings["AccountingSandbox__AccessToken"].Should().Be(XeroSandboxAccess.AccessToken);
        accounting.Sandbox.Settings["AccountingSandbox__TenantId"].Should().Be(XeroSandboxAccess.TenantId);
        accounting.Sandbox.Settings["AccountingSandbox__MinuteLimit"].Should().Be(XeroSandboxAccess.LoadTestMinuteLimit);
        accounting.Sandbox.Settings["AccountingSandbox__DayLimit"].Should().Be(XeroSandboxAccess.LoadTestDayLimit);
    }

    /// <summary>The own settings each service had when HubPlatform.cs listed them (before the devhost.yaml files).</summary>
    private static Dictionary<string, Dictionary<string, string>> Expected(PlatformAddresses a)
    {
        var legacy = Settings.LegacyFolder;
        return new()
        {
            ["crm-sandbox"] = new() { ["Webhooks__TargetUrl"] = a.Url("crm-connector", "/webhooks/hubspot"), ["Webhooks__Secret"] = "sandbox-client-secret" },
            ["shop-sandbox"] = new() { ["Webhooks__TargetUrl"] = a.Url("shop-connector", "/webhooks/shopify"), ["Webhooks__Secret"] = HubPlatform.ShopWebhookSecret },
            ["erp-sandbox"] = new() { ["ErpSandbox__ApiKey"] = "erp-sandbox-key" },
            ["accounting-sandbox"] = new()
            {
                ["AccountingSandbox__AccessToken"] = XeroSandboxAccess.AccessToken,
                ["AccountingSandbox__TenantId"] = XeroSandboxAccess.TenantId,
                ["AccountingSandbox__MinuteLimit"] = XeroSandboxAccess.LoadTestMinuteLimit,
                ["AccountingSandbox__DayLimit"] = XeroSandboxAccess.LoadTestDayLimit,
            },
            ["legacy-sandbox"] = new() { ["LegacySandbox__DropFolder"] = Path.Combine(legacy, "inbox"), ["LegacySandbox__ImportFolder"] = Path.Combine(legacy, "outbox") },
            ["crm-connector"] = new()
            {
                ["ExternalApis__crm__BaseUrl"] = a.Url("crm-sandbox"),
                ["Secrets__Values__crm-client-secret"] = "sandbox-client-secret",
                ["Secrets__Values__crm-access-token"] = "sandbox-token",
            },
            ["shop-connector"] = new()
            {
                ["ExternalApis__shop__BaseUrl"] = a.Url("shop-sandbox"),
                ["Secrets__Values__shop-webhook-secret"] = HubPlatform.ShopWebhookSecret,
                ["Secrets__Values__shop-access-token"] = "shpat_sandbox_token",
            },
            ["erp-connector"] = new() { ["ExternalApis__erp__BaseUrl"] = a.Url("erp-sandbox"), ["Secrets__Values__erp-api-key"] = "erp-sandbox-key" },
            ["accounting-connector"] = new()
            {
                ["ExternalApis__accounting__BaseUrl"] = a.Url("accounting-sandbox", "/api.xro/2.0/"),
                ["Secrets__Values__accounting-access-token"] = XeroSandboxAccess.AccessToken,
                ["Accounting__TenantId"] = XeroSandboxAccess.TenantId,
            },
            ["legacy-connector"] = new[] { "Inbox", "Processing", "Archive", "Quarantine", "Error", "Outbox" }
                .ToDictionary(f => $"Legacy__Folders__{f}", f => Path.Combine(legacy, f.ToLowerInvariant())),
        };
    }
}
