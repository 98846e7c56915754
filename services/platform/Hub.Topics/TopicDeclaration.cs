namespace Hub.Topics;

/// <summary>One topic as the project declares it in <c>contracts/topics.yaml</c>.</summary>
public sealed record TopicDeclaration
{
    /// <summary>Kafka's own default for how long a delete-policy topic keeps data, used when nothing is declared.</summary>
    public const long InfiniteRetention = -1;

    public required string Name { get; init; }

    /// <summary>
    /// The canonical event type this topic carries (its Avro record name, e.g. <c>CustomerUpserted</c>), or null for
    /// topics that carry no canonical event. An event type is declared on at most one topic.
    /// </summary>
    public string? Event { get; init; }

    public int Partitions { get; init; } = 1;

    public short ReplicationFactor { get; init; } = 1;

    /// <summary>Null leaves <c>retention.ms</c> to the broker default; -1 keeps data forever.</summary>
    public long? RetentionMs { get; init; }

    public string CleanupPolicy { get; init; } = Topics.CleanupPolicy.Delete;

    public string Description { get; init; } = "";

    /// <summary>Further topic configs (e.g. <c>min.insync.replicas</c>) passed as-is to real clusters.</summary>
    public IReadOnlyDictionary<string, string> Config { get; init; } = new Dictionary<string, string>();

    public bool IsCompacted => CleanupPolicy.Contains(Topics.CleanupPolicy.Compact, StringComparison.Ordinal);

    /// <summary>
    /// The configs to send with CreateTopics: <see cref="Config"/> plus the typed settings, which win over
    /// duplicates in <see cref="Config"/> so the typed fields stay the single source of truth.
    /// </summary>
    public IReadOnlyDictionary<string, string> ToKafkaConfigs()
    {
        var configs = new Dictionary<string, string>(Config, StringComparer.Ordinal)
        {
            ["cleanup.policy"] = CleanupPolicy,
        };
        if (RetentionMs is { } retention)
        {
            configs["retention.ms"] = retention.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return configs;
    }
}
