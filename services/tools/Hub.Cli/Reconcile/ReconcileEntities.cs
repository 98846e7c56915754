using Hub.Cli.Infrastructure;

namespace Hub.Cli.Reconcile;

/// <summary>The entities `hub reconcile` compares and `hub quality` profiles: the name on the command line and the connectors' routes → the entity type of contracts/ownership.yaml.</summary>
public static class ReconcileEntities
{
    public const string Customers = "customers";

    private static readonly Dictionary<string, string> EntityTypes = new(StringComparer.Ordinal) { [Customers] = "customer" };

    public static string EntityTypeOf(string entity) => EntityTypes.TryGetValue(entity, out var type)
        ? type
        : throw CliException.BadInput($"'{entity}' is not an entity the connectors show yet; known: {string.Join(", ", EntityTypes.Keys)}.");
}
