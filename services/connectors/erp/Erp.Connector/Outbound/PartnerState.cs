using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Mapping;

namespace Erp.Connector.Outbound;

/// <summary>
/// A res.partner as read from the ERP, in the form the canonical-to-erp mapping produces, so the kit can tell what an
/// event changes. Record references (country_id, category_id) are compared by id with what would be written and shown
/// as the mapped code or name when they match; numbers equal to the desired amount take its text; Odoo's false for an
/// empty field is no value, except on boolean fields.
/// </summary>
public static class PartnerState
{
    /// <summary>The res.partner fields to read: the id and every field the mapping writes.</summary>
    public static IReadOnlyList<string> Fields(MappingDefinition mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        return ["id", .. mapping.Fields.Select(f => PartnerValues.OdooField(f.Target)).Distinct(StringComparer.Ordinal)];
    }

    /// <param name="partner">The partner as search_read returned it.</param>
    /// <param name="values">The res.partner values the event would write (<see cref="PartnerValues.BuildAsync"/>).</param>
    /// <param name="desired">The mapped values as text, keyed by mapping target.</param>
    public static Dictionary<string, string?> Current(JsonObject partner, JsonObject values, IReadOnlyDictionary<string, string?> desired)
    {
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(desired);
        var current = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (target, wanted) in desired)
        {
            var field = PartnerValues.OdooField(target);
            current[target] = Text(partner[field], values[field], wanted);
        }

        return current;
    }

    private static string? Text(JsonNode? read, JsonNode? written, string? wanted) => read switch
    {
        null => null,
        JsonArray reference when written is JsonValue id => SameId(reference, id) ? wanted : reference[1]?.ToString(),
        JsonArray ids => Ids(ids) == Ids(written) ? wanted : ids.Count == 0 ? null : string.Join(", ", ids),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.True => "true",
            JsonValueKind.False => written?.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? "false" : null,
            JsonValueKind.Number => Number(value) is { } number
                ? (SameNumber(number, wanted) ? wanted : number.ToString(CultureInfo.InvariantCulture))
                : value.ToString(),
            _ => value.ToString(),
        },
        _ => read.ToJsonString(),
    };

    /// <summary>A many2one is read as [id, display name].</summary>
    private static bool SameId(JsonArray reference, JsonValue id) =>
        reference.Count > 0 && reference[0] is JsonValue read && read.TryGetValue<int>(out var readId) && id.TryGetValue<int>(out var writtenId) && readId == writtenId;

    /// <summary>A many2many is read as [ids] and written as [(6, 0, [ids])].</summary>
    private static string Ids(JsonNode? node)
    {
        var ids = node is JsonArray { Count: 1 } command && command[0] is JsonArray { Count: 3 } replace ? replace[2] as JsonArray : node as JsonArray;
        return string.Join(',', (ids ?? []).Select(i => i?.ToString()).Order(StringComparer.Ordinal));
    }

    private static bool SameNumber(decimal read, string? wanted) =>
        decimal.TryParse(wanted, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && read == number;

    /// <summary>Odoo floats as decimals (a parsed answer reads as decimal; a value built in code may hold a double).</summary>
    private static decimal? Number(JsonValue value) =>
        value.TryGetValue<decimal>(out var exact) ? exact
        : value.TryGetValue<double>(out var real) ? (decimal)real
        : null;
}
