namespace Hub.Build.Testing;

/// <summary>
/// One short pass against a private three-master Redis Cluster (HUB_TEST_REDIS_CLUSTER=1, started by the test
/// fixture), so a script or MULTI whose keys do not share a hash tag fails CI with CROSSSLOT: the identity suite
/// whole, and of the messaging suite the classes whose work is the Redis store (dedup, checkpoints, replay, the
/// test app's effect log). It adds about 35 s to the run (measured: identity 7 s, the messaging classes 25 s);
/// the whole suites run in cluster mode by hand (docs/reliability.md).
/// </summary>
public static class RedisClusterMatrix
{
    public const string Variable = "HUB_TEST_REDIS_CLUSTER";

    public const string Tag = "redis-cluster";

    /// <summary>The suites of the pass and their xunit filter options (none: the whole suite).</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Suites = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["Hub.Identity.IntegrationTests"] = [],
        ["Hub.Messaging.IntegrationTests"] =
        [
            "--filter-class", "*.RedisProcessingStoreTests",
            "--filter-class", "*.RedisConnectionProviderTests",
            "--filter-class", "*.ReplayTests",
        ],
    };

    public static TestRerun? RerunOf(string projectName) =>
        Suites.TryGetValue(projectName, out var filter) ? new TestRerun(Tag, new Dictionary<string, string> { [Variable] = "1" }, filter) : null;
}
