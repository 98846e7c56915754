using Hub.Identity;

namespace Hub.Connectors.Hosting;

/// <summary>
/// Which canonical fields an outbound event changes in the target, each with its target fields: the fields whose
/// ownership is evaluated. An existing record that was read: the targets whose desired value differs from the current
/// one, except blanks (below). An existing record that cannot be read: every target with a value (anything may be a
/// change). A new record: only the fields whose ownership says <see cref="CreatePolicy.AsUpdate"/>; the rest is
/// written as it is. A blank target of a record that was read is treated like a new record's field: filling it
/// overwrites nothing (e.g. the contact an invoice created by name, completed later by the customer's own event).
/// </summary>
public static class ChangedFields
{
    public static Dictionary<string, List<string>> Find(OutboundChange change, IReadOnlyDictionary<string, string> fieldOf, EntityIdentity entity)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(fieldOf);
        ArgumentNullException.ThrowIfNull(entity);
        var owned = change.Desired.Where(p => fieldOf.ContainsKey(p.Key));
        var changed = change.Target switch
        {
            { Exists: false } => owned.Where(p => p.Value is not null && GuardsNewRecords(entity, fieldOf[p.Key])),
            { Values: null } => owned.Where(p => p.Value is not null),
            { Values: var current } => owned.Where(p => !string.Equals(p.Value, current.GetValueOrDefault(p.Key), StringComparison.Ordinal)
                && (!IsBlank(current, p.Key) || GuardsNewRecords(entity, fieldOf[p.Key]))),
        };
        return changed
            .GroupBy(p => fieldOf[p.Key], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Key).ToList(), StringComparer.Ordinal);
    }

    /// <summary>Blank targets of a record that was read that the event fills, written without judging ownership.</summary>
    public static IEnumerable<string> FilledBlanks(OutboundChange change, IReadOnlyDictionary<string, string> fieldOf, EntityIdentity entity)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(fieldOf);
        ArgumentNullException.ThrowIfNull(entity);
        return change.Target.Values is { } current
            ? change.Desired
                .Where(p => fieldOf.ContainsKey(p.Key) && !string.IsNullOrEmpty(p.Value) && IsBlank(current, p.Key) && !GuardsNewRecords(entity, fieldOf[p.Key]))
                .Select(p => p.Key)
            : [];
    }

    private static bool IsBlank(IReadOnlyDictionary<string, string?> current, string target) => string.IsNullOrEmpty(current.GetValueOrDefault(target));

    private static bool GuardsNewRecords(EntityIdentity entity, string field) =>
        entity.Fields.TryGetValue(field, out var rule) && rule.OnCreate == CreatePolicy.AsUpdate;
}
