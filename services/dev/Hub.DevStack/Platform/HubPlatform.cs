namespace Hub.DevStack;

/// <summary>
/// The platform as it runs on the embedded default: one sandbox per external system and one connector per system,
/// each its own process, wired to each other by address (connectors call their sandbox's API; sandboxes send signed
/// webhooks to their connector). Which systems, and their own settings, come from each connector folder's
/// <c>devhost.yaml</c>; what every connector gets (Kafka, Redis, registry) is added here. The names below are the
/// five systems' services as tests and the demo address them.
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

    /// <summary>The shop sandbox's webhook secret (services/connectors/shop/Shop.Connector/devhost.yaml); a load program signs its own orders/create deliveries with it.</summary>
    public const string ShopWebhookSecret = "shop-sandbox-secret";

    /// <summary>
    /// Every system's sandbox, then every system's connector, as the <c>devhost.yaml</c> files in the connectors'
    /// folders describe them (found in the repository above this program).
    /// </summary>
    public static IReadOnlyList<PlatformService> Services(HubPlatformSettings settings) =>
        Services(settings, DevHostDescriptors.Find(AppContext.BaseDirectory));

    public static IReadOnlyList<PlatformService> Services(HubPlatformSettings settings, IEnumerable<DevHostDescriptor> descriptors)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(descriptors);
        return DevHostDescriptors.InStartOrder(descriptors)
            .Select(p => p.IsConnector
                ? Connector(settings, p.Process.Name, p.Process.Project, a => Own(p.Process, a, settings))
                : Service(settings, p.Process.Name, p.Process.Project, a => Own(p.Process, a, settings)))
            .ToList();
    }

    private static Dictionary<string, string> Own(DevHostService process, PlatformAddresses addresses, HubPlatformSettings settings) =>
        process.Settings.ToDictionary(s => s.Key, s => DevHostDescriptors.Resolve(s.Value, addresses, settings), StringComparer.Ordinal);

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
