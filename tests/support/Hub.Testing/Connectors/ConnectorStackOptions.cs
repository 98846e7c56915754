namespace Hub.Testing.Connectors;

/// <summary>
/// What is particular to one connector's world in its integration tests: which services to run, their settings, the
/// run's topics and subscriptions. Everything else (names, Kafka, Redis, the registry, start order, readiness,
/// output, stopping) is <see cref="ConnectorStack"/>'s.
/// </summary>
public sealed class ConnectorStackOptions
{
    /// <summary>
    /// The external system, as the services are named: <c>Shop</c> runs <c>Shop.Sandbox</c> and <c>Shop.Connector</c>;
    /// its lower case starts the run id.
    /// </summary>
    public required string System { get; init; }

    /// <summary>Short names of the run's topics (<see cref="ConnectorStack.Topic"/>), created before the services start.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>The connector's subscriptions: each reads one of <see cref="Topics"/> with a group of the run's own.</summary>
    public IReadOnlyList<ConnectorSubscription> Subscriptions { get; init; } = [];

    /// <summary>Partitions of every topic the run creates. Default 4 (what the mock cluster gives an auto-created topic).</summary>
    public int Partitions { get; init; } = 4;

    /// <summary>The sandbox's settings over the shared ones (warnings only, the simple console format).</summary>
    public IReadOnlyDictionary<string, string> SandboxSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The connector's own settings (Section__Key) over the shared ones (Kafka, Redis and key prefixes, the registry,
    /// subscriptions), given the started run for its topic names and the sandbox's address.
    /// </summary>
    public Func<ConnectorStack, IReadOnlyDictionary<string, string>> ConnectorSettings { get; init; } = _ => new Dictionary<string, string>();

    /// <summary>
    /// True to run both services with their shipped appsettings.json (their content root next to the dll); by default
    /// they run from the repository root and see only the settings given here.
    /// </summary>
    public bool UseShippedAppSettings { get; init; }

    /// <summary>What the connector must answer 200 on before tests begin. Default /health/live.</summary>
    public string ConnectorReadyPath { get; init; } = "/health/live";

    /// <summary>How long each service may take to start. Default 60 s.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long <see cref="ConnectorStack.UntilAsync"/> waits unless told. Default 30 s.</summary>
    public TimeSpan WaitTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>More to say when a wait gives up (e.g. the sandbox's last requests), after the services' output.</summary>
    public Func<ConnectorStack, Task<string>>? Diagnostics { get; init; }
}
