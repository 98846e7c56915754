namespace Hub.DevStack;

/// <summary>
/// Kafka protocol request types (the wire ApiKey), for aiming injected request errors at one kind of request.
/// Any other ApiKey can be passed as a cast number.
/// </summary>
public enum KafkaApiKey : short
{
    Produce = 0,
    Fetch = 1,
    ListOffsets = 2,
    Metadata = 3,
    OffsetCommit = 8,
    OffsetFetch = 9,
    FindCoordinator = 10,
    JoinGroup = 11,
    Heartbeat = 12,
    LeaveGroup = 13,
    SyncGroup = 14,
    DescribeGroups = 15,
    ListGroups = 16,
    ApiVersions = 18,
    CreateTopics = 19,
    DeleteTopics = 20,
    DeleteRecords = 21,
    InitProducerId = 22,
    OffsetForLeaderEpoch = 23,
    AddPartitionsToTxn = 24,
    AddOffsetsToTxn = 25,
    EndTxn = 26,
    TxnOffsetCommit = 28,
    DescribeConfigs = 32,
    DescribeCluster = 60,
    ConsumerGroupHeartbeat = 68,
    ConsumerGroupDescribe = 69,
}
