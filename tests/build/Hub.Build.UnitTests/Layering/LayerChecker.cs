namespace Hub.Build.UnitTests.Layering;

/// <summary>Applies <see cref="LayerRule"/>s to a project graph, and the connector rule to compiled assemblies.</summary>
public static class LayerChecker
{
    /// <returns>One line per project that breaks a rule, naming the rule, the reference chain and why; empty when none.</returns>
    public static IReadOnlyList<string> Check(ProjectGraph graph, IEnumerable<LayerRule> rules) =>
        rules.SelectMany(rule => graph.Projects.Values
                .Where(rule.AppliesTo)
                .OrderBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => (Project: p, Path: graph.FindPath(p.Name, rule.Forbidden)))
                .Where(hit => hit.Path is not null)
                .Select(hit => $"{hit.Project.Name} breaks \"{rule.Name}\": {string.Join(" -> ", hit.Path!)} ({rule.Why})"))
            .ToList();

    /// <summary>
    /// A connector may link Confluent.Kafka through the kit, but its own code must not use Confluent's types: the
    /// compiler records an assembly reference only for assemblies whose types the code uses.
    /// </summary>
    public static IReadOnlyList<string> CheckConnectorAssemblies(IReadOnlyDictionary<string, IReadOnlyCollection<string>> referencesByConnector) =>
        referencesByConnector
            .Where(c => c.Value.Contains(LayerRules.ConfluentKafka, StringComparer.Ordinal))
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => $"{c.Key} uses Confluent.Kafka types directly (its assembly references Confluent.Kafka); "
                + "connector code goes through the kit (IEventPublisher, IInboundDeadLetterPublisher, AddSubscription)")
            .ToList();
}
