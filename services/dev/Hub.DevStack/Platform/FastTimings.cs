namespace Hub.DevStack;

/// <summary>
/// Per-service overrides that make the platform's recovery fit in seconds for the demo and the end-to-end tests:
/// retries every 0.3-1 s for a minute (production: 5 s doubling to 2 min for about half an hour), polls every 2 s
/// (production: 15-30 s), legacy files settled after 1 s. Everything else stays as in production.
/// </summary>
public static class FastTimings
{
    public const string Explanation =
        "Demo timings: retries every 0.3-1 s for a minute and polls every 2 s (production: retries from 5 s doubling to 2 min for about half an hour, polls every 15-30 s).";

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Overrides { get; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [HubPlatform.ErpConnector] = With(ShortRetries("customers", "orders"), Poll("erp-stock"), Poll("erp-orders")),
            [HubPlatform.AccountingConnector] = With(ShortRetries("customers", "orders"), Poll("accounting-payments")),
            [HubPlatform.LegacyConnector] = new Dictionary<string, string>
            {
                ["Legacy__Inbound__PollInterval"] = "00:00:00.500",
                ["Legacy__Inbound__SettleTime"] = "00:00:01",
                ["Legacy__Outbound__BatchWindow"] = "00:00:05",
            },
        };

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

    private static Dictionary<string, string> Poll(string poller) => new() { [$"Polling__{poller}__Interval"] = "00:00:02" };

    private static Dictionary<string, string> With(params Dictionary<string, string>[] parts) =>
        parts.SelectMany(p => p).ToDictionary(p => p.Key, p => p.Value);
}
