namespace Hub.Build.Testing;

/// <summary>
/// The Kafka suites run twice: first as the fixture's default (auto, which picks the KIP-848 consumer protocol on the
/// mock cluster, as on Kafka 4.x), then with HUB_TEST_GROUP_PROTOCOL=classic, as on Kafka 2.x/3.x, where brokers
/// refuse KIP-848. The classic pass leaves out what does not depend on the group protocol and costs most: the parked
/// backlog drains after a 20 s and a 60 s outage of the target (about 95 s), whose consumers join once and never
/// rebalance. Together the passes add about 6.5 minutes to a run of about 25 (clean-clone CI, 2026-12-07).
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
        ["Hub.Reliability.IntegrationTests"] = ["--filter-not-class", "*.ParkedBacklogDrainTests"],
    };

    public static TestRerun? RerunOf(string projectName) => ClassicSuites.Contains(projectName, StringComparer.Ordinal)
        ? new TestRerun(Classic, new Dictionary<string, string> { [Variable] = Classic }, LeftOut.GetValueOrDefault(projectName, []))
        : null;
}
