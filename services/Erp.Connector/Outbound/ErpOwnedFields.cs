using Hub.Identity;
using Hub.Mapping;

namespace Erp.Connector.Outbound;

/// <summary>
/// The partner fields another system's event must not set: those mapped from canonical customer fields that
/// contracts/ownership.yaml gives to the ERP with policy source-wins (today creditLimit → credit_limit). Read from
/// the ownership file and the mapping, so a change of owner needs no code change.
/// </summary>
public sealed class ErpOwnedFields
{
    public const string System = "erp";

    public ErpOwnedFields(IdentityConfiguration identity, MappingCatalog mappings)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(mappings);
        var owned = identity["customer"].Fields.Values
            .Where(f => f.Owner == System && f.Policy == OwnershipPolicy.SourceWins)
            .Select(f => f.Field)
            .ToList();
        Targets = mappings[CustomerUpsertedHandler.MappingName].Definition.Fields
            .Where(m => m.From is { } from && owned.Any(o => from == o || from.StartsWith(o + ".", StringComparison.Ordinal)))
            .Select(m => m.Target)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Partner fields only the ERP itself changes.</summary>
    public IReadOnlySet<string> Targets { get; }

    /// <returns>The fields removed.</returns>
    public IReadOnlyList<string> RemoveFrom(IDictionary<string, object?> values, string sourceSystem)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (sourceSystem == System)
        {
            return [];
        }

        var removed = values.Keys.Where(Targets.Contains).ToList();
        foreach (var field in removed)
        {
            values.Remove(field);
        }

        return removed;
    }
}
