using Hub.Identity;
using Hub.Mapping;

namespace Crm.Connector.Outbound;

/// <summary>
/// Which contact properties a change from another system may write. Each property belongs to the canonical field
/// its mapping reads (the first segment of `from`, e.g. billingAddress.text → billingAddress), and the ownership
/// guard decides per field; only properties whose value differs from the contact's are evaluated at all.
/// </summary>
public static class OwnedChanges
{
    public static IReadOnlyDictionary<string, string> FieldsOf(MappingDefinition mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        return mapping.Fields.Where(f => f.From is not null)
            .ToDictionary(f => f.Target, f => f.From!.Split('.')[0], StringComparer.Ordinal);
    }

    /// <returns>Properties whose desired value differs from the current one, grouped by canonical field.</returns>
    public static Dictionary<string, List<string>> Differences(
        IReadOnlyDictionary<string, string?> desired, IReadOnlyDictionary<string, string?> current, IReadOnlyDictionary<string, string> fieldOf)
    {
        ArgumentNullException.ThrowIfNull(desired);
        return desired
            .Where(p => !string.Equals(p.Value, current.GetValueOrDefault(p.Key), StringComparison.Ordinal) && fieldOf.ContainsKey(p.Key))
            .GroupBy(p => fieldOf[p.Key], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Key).ToList(), StringComparer.Ordinal);
    }

    /// <returns>The properties of the fields the guard lets through.</returns>
    public static Dictionary<string, string?> Allowed(OwnershipEvaluation evaluation, IReadOnlyDictionary<string, List<string>> differences, IReadOnlyDictionary<string, string?> desired)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return evaluation.ToApply
            .SelectMany(d => differences[d.Field])
            .ToDictionary(p => p, p => desired[p], StringComparer.Ordinal);
    }
}
