namespace Hub.Cli.Traffic.Replay;

/// <summary>
/// The settings a candidate connector runs with during a replay, before the operator's <c>--set</c>: the CLI's Kafka,
/// Redis and registry, Redis keys under a prefix of its own (so the production receipts of the replayed deliveries
/// do not make them duplicates, and nothing of production's state is changed), the sandbox as its system's API, and
/// capture on, to files in <paramref name="captureFolder"/>.
/// </summary>
public static class CandidateSettings
{
    public static Dictionary<string, string> For(ReplaySetup setup, Uri sandbox, string captureFolder, string runId, string bootstrap, string redis, string? registry)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var prefix = $"replay-{runId}";
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Kafka__BootstrapServers"] = bootstrap,
            ["Redis__Configuration"] = redis,
            ["Redis__KeyPrefix"] = prefix,
            ["Identity__KeyPrefix"] = prefix,
            ["WebhookReceipts__KeyPrefix"] = prefix,
            [$"ExternalApis__{setup.Api}__BaseUrl"] = sandbox.ToString(),
            ["Capture__Enabled"] = "true",
            ["Capture__Sink"] = "File",
            ["Capture__Folder"] = captureFolder,
            ["Logging__LogLevel__Default"] = "Warning",
        };
        if (registry is not null)
        {
            settings["SchemaRegistry__Url"] = registry;
        }

        foreach (var (key, value) in setup.CandidateSettings)
        {
            settings[key] = value;
        }

        return settings;
    }
}
