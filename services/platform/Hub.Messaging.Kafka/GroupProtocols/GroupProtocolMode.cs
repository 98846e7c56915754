namespace Hub.Messaging.Kafka.GroupProtocols;

/// <summary>The <c>Kafka:GroupProtocol</c> setting: which consumer group protocol subscriptions use.</summary>
public enum GroupProtocolMode
{
    /// <summary>
    /// Ask every broker (ApiVersions) once per process: <c>consumer</c> when all of them serve
    /// ConsumerGroupHeartbeat, otherwise <c>classic</c> with cooperative-sticky assignment.
    /// </summary>
    Auto,

    /// <summary>KIP-848 (Apache Kafka 4.0 and later): the broker assigns partitions, rebalances do not stop the group.</summary>
    Consumer,

    /// <summary>JoinGroup/SyncGroup: every Kafka broker speaks it, 4.x included.</summary>
    Classic,
}
