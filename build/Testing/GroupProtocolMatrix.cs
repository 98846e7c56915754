namespace Hub.Build.Testing;

/// <summary>
/// The Kafka suites run twice: first as the fixture's default (auto, which picks the KIP-848 consumer protocol on the
/// mock cluster, as on Kafka 4.x), then with HUB_TEST_GROUP_PROTOCOL=classic, as on Kafka 2.x/3.x, where brokers
/// refuse KIP-848. Together they add about 3.5 minutes to a run of about 13.
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

    public static readonly TestRerun Rerun = new(Classic, new Dictionary<string, string> { [Variable] = Classic }, []);

    public static bool RunsClassicToo(string projectName) => ClassicSuites.Contains(projectName, StringComparer.Ordinal);
}
