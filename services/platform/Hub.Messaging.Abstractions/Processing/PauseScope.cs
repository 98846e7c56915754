namespace Hub.Messaging.Processing;

/// <summary>
/// What a pause covers. Outbound is the connector's subscriptions (events from Kafka to its system); inbound is its
/// pollers and webhook intake (its system to Kafka). <c>all</c> covers both; <c>subscription:&lt;name&gt;</c> one
/// subscription.
/// </summary>
public static class PauseScope
{
    public const string All = "all";

    public const string Inbound = "inbound";

    public const string Outbound = "outbound";

    public static string Subscription(string name) => $"subscription:{name}";

    /// <summary>The pause that stops one subscription, if any (the first in scope order).</summary>
    public static ConnectorPause? ForSubscription(IEnumerable<ConnectorPause> pauses, string subscription) =>
        pauses.FirstOrDefault(p => p.Scope is All or Outbound || p.Scope == Subscription(subscription));

    /// <summary>The pause that stops the connector's pollers and webhook intake, if any.</summary>
    public static ConnectorPause? ForInbound(IEnumerable<ConnectorPause> pauses) =>
        pauses.FirstOrDefault(p => p.Scope is All or Inbound);

    /// <summary>Consumer groups are <c>&lt;connector&gt;.&lt;subscription&gt;</c> (contracts/topics.yaml).</summary>
    public static (string Connector, string Subscription) OfGroup(string groupId)
    {
        var dot = groupId.IndexOf('.', StringComparison.Ordinal);
        return dot <= 0 ? (groupId, groupId) : (groupId[..dot], groupId[(dot + 1)..]);
    }
}
