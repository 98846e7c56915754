namespace Hub.DevStack;

/// <summary>
/// The platform as it runs on the embedded default: one sandbox per external system and one connector per system,
/// each its own process, wired to each other by address (connectors call their sandbox's API; sandboxes send signed
/// webhooks to their connector). The shared secrets here are sandbox values; real ones come from Dapr or Secrets:Values.
/// </summary>
public static class HubPlatform
{
    public const string CrmSandbox = "crm-sandbox";
    public const string ShopSandbox = "shop-sandbox";
    public const string ErpSandbox = "erp-sandbox";
    public const string AccountingSandbox = "accounting-sandbox";
    public const string LegacySandbox = "legacy-sandbox";
    public const string CrmConnector = "crm-connector";
    public const string ShopConnector = "shop-connector";
    public const string ErpConnector = "erp-connector";
    public const string AccountingConnector = "accounting-connector";
    public const string LegacyConnector = "legacy-connector";

    private const string CrmWebhookSecret = "sandbox-client-secret";
    /// <summary>The shop sandbox's webhook secret; a load program signs its own orders/create deliveries with it.</summary>
    public const string ShopWebhookSecret = "shop-sandbox-secret";
    private const string ErpApiKey = "erp-sandbox-key";

    public static IReadOnlyList<PlatformService> Services(HubPlatformSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return
        [
            Service(settings, CrmSandbox, "Crm.Sandbox", a => new()
            {
                ["Webhooks__TargetUrl"] = a.Url(CrmConnector, "/webhooks/hubspot"),
                ["Webhooks__Secret"] = CrmWebhookSecret,
            }),
            Service(settings, ShopSandbox, "Shop.Sandbox", a => new()
            {
                ["Webhooks__TargetUrl"] = a.Url(ShopConnector, "/webhooks/shopify"),
                ["Webhooks__Secret"] = ShopWebhookSecret,
            }),
            Service(settings, ErpSandbox, "Erp.Sandbox", _ => new() { ["ErpSandbox__ApiKey"] = ErpApiKey }),
            Service(settings, AccountingSandbox, "Accounting.Sandbox", _ => new()
            {
                ["AccountingSandbox__AccessToken"] = XeroSandboxAccess.AccessToken,
                ["AccountingSandbox__TenantId"] = XeroSandboxAccess.TenantId,
                ["AccountingSandbox__MinuteLimit"] = XeroSandboxAccess.LoadTestMinuteLimit,
                ["AccountingSandbox__DayLimit"] = XeroSandboxAccess.LoadTestDayLimit,
            }),
            Service(settings, LegacySandbox, "Legacy.Sandbox", _ => new()
            {
                ["LegacySandbox__DropFolder"] = Path.Combine(settings.LegacyFolder, "inbox"),
                ["LegacySandbox__ImportFolder"] = Path.Combine(settings.LegacyFolder, "outbox"),
            }),
            Connector(settings, CrmConnector, "Crm.Connector", a => new()
            {
                ["ExternalApis__crm__BaseUrl"] = a.Url(CrmSandbox),
                ["Secrets__Values__crm-client-secret"] = CrmWebhookSecret,
                ["Secrets__Values__crm-access-token"] = "sandbox-token",
            }),
            Connector(settings, ShopConnector, "Shop.Connector", a => new()
            {
                ["ExternalApis__shop__BaseUrl"] = a.Url(ShopSandbox),
                ["Secrets__Values__shop-webhook-secret"] = ShopWebhookSecret,
                ["Secrets__Values__shop-access-token"] = "shpat_sandbox_token",
            }),
            Connector(settings, ErpConnector, "Erp.Connector", a => new()
            {
                ["ExternalApis__erp__BaseUrl"] = a.Url(ErpSandbox),
                ["Secrets__Values__erp-api-key"] = ErpApiKey,
            }),
            Connector(settings, AccountingConnector, "Accounting.Connector", a => new()
            {
                ["ExternalApis__accounting__BaseUrl"] = a.Url(AccountingSandbox, "/api.xro/2.0/"),
                ["Secrets__Values__accounting-access-token"] = XeroSandboxAccess.AccessToken,
                ["Accounting__TenantId"] = XeroSandboxAccess.TenantId,
            }),
            Connector(settings, LegacyConnector, "Legacy.Connector", _ => LegacyFolders(settings.LegacyFolder)),
        ];
    }

    private static Dictionary<string, string> LegacyFolders(string root) => new()
    {
        ["Legacy__Folders__Inbox"] = Path.Combine(root, "inbox"),
        ["Legacy__Folders__Processing"] = Path.Combine(root, "processing"),
        ["Legacy__Folders__Archive"] = Path.Combine(root, "archive"),
        ["Legacy__Folders__Quarantine"] = Path.Combine(root, "quarantine"),
        ["Legacy__Folders__Error"] = Path.Combine(root, "error"),
        ["Legacy__Folders__Outbox"] = Path.Combine(root, "outbox"),
    };

    private static PlatformService Connector(HubPlatformSettings settings, string name, string project, Func<PlatformAddresses, Dictionary<string, string>> own) =>
        Service(settings, name, project, a =>
        {
            var values = new Dictionary<string, string>
            {
                ["Kafka__BootstrapServers"] = settings.BootstrapServers,
                // The mock cluster answers an empty fetch only after fetch.wait.max.ms, even when data arrives meanwhile.
                ["Kafka__Consumer__FetchWaitMaxMs"] = "20",
                ["Redis__Configuration"] = settings.RedisConfiguration,
                ["Redis__KeyPrefix"] = settings.KeyPrefix,
                ["Identity__KeyPrefix"] = settings.KeyPrefix,
                ["WebhookReceipts__KeyPrefix"] = settings.KeyPrefix,
                ["SchemaRegistry__Url"] = settings.SchemaRegistry.ToString(),
            };
            foreach (var (key, value) in own(a))
            {
                values[key] = value;
            }

            return values;
        }) with { ReadyPath = "/health/live" };

    private static PlatformService Service(HubPlatformSettings settings, string name, string project, Func<PlatformAddresses, Dictionary<string, string>> own) =>
        new(name, project, a =>
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Logging__LogLevel__Default"] = settings.LogLevel,
                ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
            };
            foreach (var (key, value) in own(a).Concat(settings.Everywhere))
            {
                values[key] = value;
            }

            foreach (var (key, value) in settings.Overrides.GetValueOrDefault(name) ?? new Dictionary<string, string>())
            {
                values[key] = value;
            }

            return values;
        });
}
