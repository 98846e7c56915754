using Hub.Cli.Infrastructure;

namespace Hub.Cli.Reconcile;

/// <summary>The entities `hub reconcile` compares: the name on the command line and the connectors' route → the entity type of contracts/ownership.yaml.</summary>
public static class ReconcileEntities
{
    public const string Customers = "customers";

    /// <summary>Shop orders against the ERP's sale orders and accounting's sales invoices.</summary>
    public const string Orders = "orders";

    private static readonly Dictionary<string, string> EntityTypes = new(StringComparer.Ordinal) { [Customers] = "customer", [Orders] = "order" };

    public static string EntityTypeOf(string entity) => EntityTypes.TryGetValue(entity, out var type)
        ? type
        : throw CliException.BadInput($"'{entity}' cannot be reconciled yet; known: {string.Join(", ", EntityTypes.Keys)}.");
}
