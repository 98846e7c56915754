namespace Hub.Build.UnitTests.Layering;

/// <summary>The platform's layers (docs/architecture.md, "Layers"), as rules over the csproj reference graph.</summary>
public static class LayerRules
{
    public const string DevStack = "Hub.DevStack";
    public const string ConfluentKafka = "Confluent.Kafka";

    /// <summary>The only production-tree projects that may link the mock cluster: the dev stack and its host.</summary>
    public static readonly IReadOnlySet<string> DevStackHosts = new HashSet<string>(StringComparer.Ordinal) { DevStack, "Hub.DevHost" };

    public static IReadOnlyList<LayerRule> All { get; } =
    [
        new(
            "abstractions stay free of Confluent and Redis",
            p => IsService(p) && p.Name.EndsWith(".Abstractions", StringComparison.Ordinal),
            r => r.StartsWith("Confluent.", StringComparison.Ordinal) || r == "StackExchange.Redis",
            "connector code sees only the abstractions; the Kafka and Redis implementations are chosen by the host"),
        new(
            "services, connectors, sandboxes and tools do not link the dev stack",
            p => IsService(p) && !DevStackHosts.Contains(p.Name),
            r => r == DevStack,
            "Hub.DevStack carries the mock cluster's P/Invoke; production code creates topics with Hub.Topics and finds a dev stack through Hub.DevStack.Abstractions"),
        new(
            "sandboxes do not link connector code",
            p => IsService(p) && p.Name.EndsWith(".Sandbox", StringComparison.Ordinal),
            r => r.EndsWith(".Connector", StringComparison.Ordinal) || r.StartsWith("Hub.Connectors.", StringComparison.Ordinal),
            "a sandbox is an independent witness of its vendor's behaviour: it implements the vendor's rules (signatures, faults, limits) in its own code, so a mistake on the connector's side cannot pass unseen"),
        new(
            "observability does not link Kafka",
            p => p.Name == "Hub.Observability",
            r => r is "Hub.Messaging.Kafka" or ConfluentKafka,
            "every service (the registry too) uses Hub.Observability; the messaging metrics live in Hub.Messaging.Kafka"),
        new(
            "resilience links nothing of the platform",
            p => p.Name == "Hub.Resilience",
            r => r.StartsWith("Hub.", StringComparison.Ordinal) || r.StartsWith("Confluent.", StringComparison.Ordinal) || r == "StackExchange.Redis",
            "the serde, the messaging library and the connector kit all obtain their pipelines from Hub.Resilience; it knows only Polly and configuration"),
    ];

    public static bool IsConnector(ProjectNode project) => IsService(project) && project.Name.EndsWith(".Connector", StringComparison.Ordinal);

    private static bool IsService(ProjectNode project) => project.Folder == "services";
}
