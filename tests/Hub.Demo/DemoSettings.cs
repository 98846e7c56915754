using Hub.DevStack;

namespace Hub.Demo;

/// <summary>
/// The platform's settings for the demo: production settings, except that retries and polls are shortened so a
/// business day fits in a few minutes. In production the ERP and accounting connectors retry for about half an
/// hour (5 s doubling to 2 min) and the pollers run every 15-30 s; see docs/connectors/.
/// </summary>
public static class DemoSettings
{
    public const string Explanation =
        "Demo timings: retries every 0.3-1 s for a minute and polls every 2 s (production: retries from 5 s doubling to 2 min for about half an hour, polls every 15-30 s).";

    public static HubPlatformSettings For(Hub.DevStack.DevStack stack, Uri registry, string keyPrefix, string legacyFolder) => new()
    {
        BootstrapServers = stack.BootstrapServers,
        RedisConfiguration = stack.RedisEndpoint,
        SchemaRegistry = registry,
        KeyPrefix = keyPrefix,
        LegacyFolder = legacyFolder,
        LogLevel = "Warning",
        Overrides = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [HubPlatform.ErpConnector] = With(ShortRetries("customers", "orders"), Poll("erp-stock"), Poll("erp-orders")),
            [HubPlatform.AccountingConnector] = With(ShortRetries("customers", "orders"), Poll("accounting-payments")),
            [HubPlatform.LegacyConnector] = new Dictionary<string, string>
            {
                ["Legacy__Inbound__PollInterval"] = "00:00:00.500",
                ["Legacy__Inbound__SettleTime"] = "00:00:01",
                ["Legacy__Outbound__BatchWindow"] = "00:00:05",
            },
        },
    };

    /// <summary>Retries every 0.3-1 s for a minute, instead of every 5 s-2 min for half an hour.</summary>
    private static Dictionary<string, string> ShortRetries(params string[] subscriptions)
    {
        var values = new Dictionary<string, string>();
        foreach (var name in subscriptions)
        {
            values[$"Subscriptions__{name}__Retry__InProcessAttempts"] = "1";
            values[$"Subscriptions__{name}__Retry__InProcessBaseDelay"] = "00:00:00.100";
            values[$"Subscriptions__{name}__Retry__RetryTopicAttempts"] = "60";
            values[$"Subscriptions__{name}__Retry__RetryTopicBaseDelay"] = "00:00:00.300";
            values[$"Subscriptions__{name}__Retry__RetryTopicMaxDelay"] = "00:00:01";
            values[$"Subscriptions__{name}__CircuitBreaker__BreakDuration"] = "00:00:01";
        }

        return values;
    }

    private static Dictionary<string, string> Poll(string poller) => new()
    {
        [$"Polling__{poller}__Interval"] = "00:00:02",
    };

    private static Dictionary<string, string> With(params Dictionary<string, string>[] parts) =>
        parts.SelectMany(p => p).ToDictionary(p => p.Key, p => p.Value);
}
