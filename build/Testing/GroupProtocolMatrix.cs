namespace Hub.Build.Testing;

/// <summary>
/// The Kafka suites run twice: first as the fixture's default (auto, which picks the KIP-848 consumer protocol on the
/// mock cluster, as on Kafka 4.x), then with HUB_TEST_GROUP_PROTOCOL=classic, as on Kafka 2.x/3.x, where brokers
/// refuse KIP-848. The classic pass runs what the group protocol can change: joining, assignment, rebalances,
/// crashed and restarted members, paused partitions, replay and the end-to-end flows. It leaves out the classes whose consumers
/// join once and never rebalance, which cost most and test nothing protocol-specific: the parked backlog drains, retry
/// and dead-letter routing, Redis connections and restarts, bad input, user stages, trace continuity and reconciliation
/// (snapshots read over HTTP).
/// </summary>
public static class GroupProtocolMatrix
{
    public const string Variable = "HUB_TEST_GROUP_PROTOCOL";

    public const string Classic = "classic";

    public static readonly IReadOnlyList<string> ClassicSuites =
    [
        "Hub.Messaging.IntegrationTests",
        "Hub.Reliability.IntegrationTests",
        "Hub.EndToEnd.IntegrationTests",
    ];

    /// <summary>Classes the classic pass leaves out, by suite: xunit filter options.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> LeftOut = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["Hub.Messaging.IntegrationTests"] = NotClasses(
            "FailureRoutingTests", "RedisConnectionProviderTests", "RedisProcessingStoreTests", "UserStageTests", "TraceContinuityTests"),
        ["Hub.Reliability.IntegrationTests"] = NotClasses("ParkedBacklogDrainTests", "BadInputTests", "RedisRestartTests"),
        ["Hub.EndToEnd.IntegrationTests"] = NotClasses("OrderReconciliationTests"),
    };

    public static TestRerun? RerunOf(string projectName) => ClassicSuites.Contains(projectName, StringComparer.Ordinal)
        ? new TestRerun(Classic, new Dictionary<string, string> { [Variable] = Classic }, LeftOut.GetValueOrDefault(projectName, []))
        : null;

    private static string[] NotClasses(params string[] classes) => [.. classes.SelectMany(c => new[] { "--filter-not-class", $"*.{c}" })];
}
