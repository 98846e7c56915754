using System.Globalization;
using System.Text.Json.Nodes;
using Erp.Sandbox.Store;

namespace Erp.Sandbox.Rpc;

/// <summary>
/// fields_get(allfields=None, attributes=None): each field's definition keyed by name, as Odoo describes it (type,
/// string, required, readonly, store, relation, selection as [value, label] pairs), limited to the fields and
/// attributes asked for. The magic fields (id, display_name, create_date, write_date) are included.
/// </summary>
public static class FieldsGet
{
    private static readonly (string Name, string Type, string Label, bool Store)[] MagicFields =
    [
        ("id", "integer", "ID", true), ("display_name", "char", "Display Name", false),
        ("create_date", "datetime", "Created on", true), ("write_date", "datetime", "Last Updated on", true),
    ];

    public static JsonObject Describe(ModelDef model, JsonNode? allfields, JsonNode? attributes)
    {
        ArgumentNullException.ThrowIfNull(model);
        var wanted = Names(allfields);
        var keep = Names(attributes);
        var result = new JsonObject();
        foreach (var field in model.FieldList)
        {
            Add(result, field.Name, Definition(field), wanted, keep);
        }

        foreach (var (name, type, label, store) in MagicFields)
        {
            Add(result, name, new JsonObject { ["type"] = type, ["string"] = label, ["required"] = false, ["readonly"] = true, ["store"] = store }, wanted, keep);
        }

        return result;
    }

    private static JsonObject Definition(FieldDef field)
    {
        var definition = new JsonObject
        {
            ["type"] = TypeName(field.Kind),
            ["string"] = Label(field.Name),
            ["required"] = field.Required,
            ["readonly"] = false,
            ["store"] = true,
        };
        if (field.Relation is { } relation)
        {
            definition["relation"] = relation;
        }

        if (field.InverseName is { } inverse)
        {
            definition["relation_field"] = inverse;
        }

        if (field.Selection is { } selection)
        {
            definition["selection"] = new JsonArray([.. selection.Select(v => (JsonNode)new JsonArray(v, Label(v)))]);
        }

        return definition;
    }

    private static void Add(JsonObject result, string name, JsonObject definition, HashSet<string>? wanted, HashSet<string>? keep)
    {
        if (wanted is not null && !wanted.Contains(name))
        {
            return;
        }

        foreach (var attribute in definition.Select(p => p.Key).Where(k => keep is not null && !keep.Contains(k)).ToList())
        {
            definition.Remove(attribute);
        }

        result[name] = definition;
    }

    /// <summary>Odoo's default label: the name without a trailing _id/_ids, underscores as spaces, words capitalised.</summary>
    private static string Label(string name)
    {
        var stem = name.EndsWith("_ids", StringComparison.Ordinal) ? name[..^4] : name.EndsWith("_id", StringComparison.Ordinal) ? name[..^3] : name;
        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(stem.Replace('_', ' '));
    }

    private static string TypeName(FieldKind kind) => kind switch
    {
        FieldKind.Many2One => "many2one",
        FieldKind.Many2Many => "many2many",
        FieldKind.One2Many => "one2many",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static HashSet<string>? Names(JsonNode? node) =>
        node is JsonArray list && list.Count > 0 ? [.. list.Select(n => n!.GetValue<string>())] : null;
}
