namespace Hub.Messaging.Kafka.Health;

/// <summary>The words readiness and the instance heartbeat use for work that waits, and why it waits.</summary>
public static class WaitingDescription
{
    /// <summary>The outage guard pauses for either dependency; the log names which one.</summary>
    public const string StorePaused = "paused: processing store (Redis) or schema registry unreachable";

    /// <param name="circuit">The subscription's breaker state (closed, open, half-open), or null without a breaker.</param>
    /// <param name="outage">Whether the handler's recent calls failed in a row (the external system looks down).</param>
    public static string Parked(string retryTopic, long count, string? circuit, bool outage)
    {
        var events = count == 1 ? "1 event" : $"{count} events";
        return circuit switch
        {
            "open" or "half-open" => $"{retryTopic}: {events} parked for the external system (circuit {circuit})",
            _ when outage => $"{retryTopic}: {events} parked for the external system (its calls are failing)",
            _ => $"{retryTopic}: {events} parked, waiting for their retry time",
        };
    }

    public static string Circuit(string subscription, string circuit) => $"{subscription}: circuit {circuit}";

    /// <summary>
    /// Everything one subscription (its main and retry workers) has waiting, for the instance heartbeat: a pause for
    /// Redis, parked events, an open circuit not already named with them. Empty when nothing waits.
    /// </summary>
    public static IReadOnlyList<string> ForSubscription(string subscription, IReadOnlyDictionary<string, SubscriptionHealth.State> states, string? circuit)
    {
        var own = states.Where(s => s.Key == subscription || s.Key.StartsWith(subscription + ".", StringComparison.Ordinal))
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
        var waiting = own.Where(s => !s.Value.StoreAvailable).Select(s => $"{s.Key}: {StorePaused}")
            .Concat(own.Where(s => s.Value.Waiting is not null).Select(s => s.Value.Waiting!))
            .ToList();
        if (circuit is "open" or "half-open" && !own.Any(s => s.Value.Waiting is not null))
        {
            waiting.Add(Circuit(subscription, circuit));
        }

        return waiting;
    }
}
