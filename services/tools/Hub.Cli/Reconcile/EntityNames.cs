using Hub.Cli.Infrastructure;
using Hub.Reconciliation;

namespace Hub.Cli.Reconcile;

/// <summary>The entity a command names (`hub reconcile orders`, `hub quality crm customers`) → its entity type in contracts/ownership.yaml.</summary>
public static class EntityNames
{
    /// <exception cref="CliException">Bad input (exit code 2) for an entity no connector shows.</exception>
    public static string TypeOf(string entity) => ReconcileEntities.TryGetEntityType(entity, out var type)
        ? type
        : throw CliException.BadInput($"'{entity}' is not an entity the connectors show yet; known: {string.Join(", ", ReconcileEntities.Names)}.");
}
