using Hub.Mapping;

namespace Hub.Connectors.Hosting;

/// <summary>
/// Which canonical field each target field of a mapping carries: the first segment of its <c>from</c>
/// (billingAddress.text and billingAddress.countryCode → billingAddress). Ownership is decided per canonical field, so
/// all targets of one field are written or withheld together. Constants, the record's identity (entityId) and values
/// the connector adds from outside the canonical record (an event id, its own record number) carry no owned field:
/// ownership does not govern them, they are written whenever they differ.
/// </summary>
public static class TargetFields
{
    /// <summary>The canonical record's key holding the entity id: identity, not an owned field.</summary>
    public const string IdentityField = "entityId";

    /// <returns>Target field → canonical field, for the targets ownership governs.</returns>
    public static IReadOnlyDictionary<string, string> Of(MappingDefinition mapping, IReadOnlyDictionary<string, object?> canonical)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(canonical);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in mapping.Fields)
        {
            var root = field.From?.Split('.')[0];
            if (root is not null && root != IdentityField && canonical.ContainsKey(root))
            {
                fields[field.Target] = root;
            }
        }

        return fields;
    }
}
