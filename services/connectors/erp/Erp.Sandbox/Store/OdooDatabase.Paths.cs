using System.Text.Json.Nodes;
using Erp.Sandbox.Rpc;

namespace Erp.Sandbox.Store;

/// <summary>Models by name and values along field paths (product_id.default_code), for domains and answers.</summary>
public sealed partial class OdooDatabase
{
    internal string DisplayNameOf(string model, JsonNode? id) =>
        id is JsonValue v && v.TryGetValue<int>(out var key) && _tables[model].TryGetValue(key, out var r) ? _models[model].DisplayName(r, this) : string.Empty;

    /// <summary>The value at a field path, following many2one fields; id is the record's id.</summary>
    internal JsonNode? ValueAt(string model, int id, JsonObject record, string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        var field = dot < 0 ? path : path[..dot];
        if (field == "id")
        {
            return JsonValue.Create(id);
        }

        var def = Definition(model);
        if (!def.Fields.ContainsKey(field) && field is not ("create_date" or "write_date"))
        {
            throw OdooFaultException.Value($"Invalid field {model}.{field} in leaf");
        }

        var value = record[field];
        if (dot < 0)
        {
            return value;
        }

        var relation = def.Fields[field].Relation!;
        return value is JsonValue v && v.TryGetValue<int>(out var related) && _tables[relation].TryGetValue(related, out var next)
            ? ValueAt(relation, related, next, path[(dot + 1)..])
            : null;
    }

    /// <summary>The kind of the field a path ends at (null for id or an unknown field, which the leaf reports).</summary>
    internal FieldKind? KindAt(string model, string path)
    {
        var parts = path.Split('.');
        var def = Definition(model);
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (def.Fields.GetValueOrDefault(parts[i])?.Relation is not { } relation)
            {
                return null;
            }

            def = Definition(relation);
        }

        return KindOf(def, parts[^1]);
    }

    /// <summary>The model's definition; an unknown model is Odoo's UserError "Object … doesn't exist".</summary>
    public ModelDef Definition(string model) =>
        _models.TryGetValue(model, out var def) ? def : throw OdooFaultException.UnknownModel(model);
}
