namespace Hub.DevStack;

/// <summary>What the platform's services need to know about the stack they run on.</summary>
public sealed record HubPlatformSettings
{
    public required string BootstrapServers { get; init; }

    public required string RedisConfiguration { get; init; }

    public required Uri SchemaRegistry { get; init; }

    /// <summary>Prefix of every Redis key (dedup, checkpoints, identity, receipts), so runs can share one Redis.</summary>
    public string KeyPrefix { get; init; } = "hub";

    /// <summary>Folder of the legacy system's drop, archive, quarantine and import folders.</summary>
    public required string LegacyFolder { get; init; }

    /// <summary>Log level of every service (Warning keeps a demo readable).</summary>
    public string LogLevel { get; init; } = "Warning";

    /// <summary>Extra settings per service name (e.g. shorter retry delays in tests, OTEL_* variables).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Overrides { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>Settings for every service (e.g. OTEL_EXPORTER_OTLP_ENDPOINT); per-service overrides win.</summary>
    public IReadOnlyDictionary<string, string> Everywhere { get; init; } = new Dictionary<string, string>();
}
