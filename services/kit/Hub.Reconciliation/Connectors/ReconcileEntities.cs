using System.Diagnostics.CodeAnalysis;

namespace Hub.Reconciliation;

/// <summary>
/// The entities that can be reconciled: the name the CLI, the scheduled reconciler and the connectors' snapshot route use
/// → the entity type of contracts/ownership.yaml.
/// </summary>
public static class ReconcileEntities
{
    public const string Customers = "customers";

    /// <summary>Shop orders against the ERP's sale orders and accounting's sales invoices.</summary>
    public const string Orders = "orders";

    private static readonly Dictionary<string, string> EntityTypes = new(StringComparer.Ordinal) { [Customers] = "customer", [Orders] = "order" };

    public static IReadOnlyCollection<string> Names => EntityTypes.Keys;

    public static bool TryGetEntityType(string entity, [NotNullWhen(true)] out string? entityType) =>
        EntityTypes.TryGetValue(entity, out entityType);
}
