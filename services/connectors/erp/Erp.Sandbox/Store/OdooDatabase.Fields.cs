using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Erp.Sandbox.Rpc;

namespace Erp.Sandbox.Store;

/// <summary>How values are checked and stored on write, and rendered on read.</summary>
public sealed partial class OdooDatabase
{
    private static readonly HashSet<string> MagicFields = new(StringComparer.Ordinal) { "id", "create_date", "write_date", "display_name" };

    private void Assign(ModelDef def, int id, JsonObject record, JsonObject values)
    {
        foreach (var (name, value) in values)
        {
            if (MagicFields.Contains(name))
            {
                continue;
            }

            var field = def.Fields.TryGetValue(name, out var f) ? f : throw OdooFaultException.Value($"Invalid field '{name}' on model '{def.Name}'");
            var clean = field.Kind == FieldKind.Boolean ? value?.DeepClone() : OdooValues.Clean(value);
            switch (field.Kind)
            {
                case FieldKind.Selection when clean is not null && !field.Selection!.Contains(clean.ToString()):
                    throw OdooFaultException.Value($"Wrong value for {def.Name}.{name}: '{clean}'");
                case FieldKind.Many2One when clean is not null:
                    var target = clean.GetValue<int>();
                    if (!_tables[field.Relation!].ContainsKey(target))
                    {
                        throw OdooFaultException.Validation($"The record {field.Relation}({target},) referenced by {def.Name}.{name} does not exist.");
                    }

                    record[name] = target;
                    break;
                case FieldKind.Many2Many:
                    record[name] = Many2Many(record[name] as JsonArray, clean as JsonArray ?? [], field);
                    break;
                case FieldKind.One2Many:
                    foreach (var command in (clean as JsonArray ?? []).OfType<JsonArray>())
                    {
                        if (command[0]?.GetValue<int>() != 0 || command.ElementAtOrDefault(2) is not JsonObject child)
                        {
                            throw OdooFaultException.Value($"{def.Name}.{name}: only (0, 0, values) commands are supported by the sandbox");
                        }

                        child = (JsonObject)child.DeepClone();
                        child[field.InverseName!] = id;
                        Create(field.Relation!, child);
                    }

                    break;
                case FieldKind.Float or FieldKind.Integer when clean is not null && clean.GetValueKind() != JsonValueKind.Number:
                    throw OdooFaultException.Value($"Wrong value for {def.Name}.{name}: '{clean}' is not a number");
                default:
                    record[name] = clean;
                    break;
            }
        }
    }

    private JsonArray Many2Many(JsonArray? current, JsonArray commands, FieldDef field)
    {
        var ids = (current ?? []).Select(i => i!.GetValue<int>()).ToList();
        foreach (var command in commands.OfType<JsonArray>())
        {
            switch (command[0]?.GetValue<int>())
            {
                case 6:
                    ids = [.. (command[2] as JsonArray ?? []).Select(i => i!.GetValue<int>())];
                    break;
                case 4:
                    ids.Add(command[1]!.GetValue<int>());
                    break;
                case 3:
                    ids.Remove(command[1]!.GetValue<int>());
                    break;
                case 5:
                    ids.Clear();
                    break;
                default:
                    throw OdooFaultException.Value($"Unsupported x2many command {command.ToJsonString()}");
            }
        }

        var missing = ids.FirstOrDefault(i => !_tables[field.Relation!].ContainsKey(i));
        return missing != 0
            ? throw OdooFaultException.Validation($"The record {field.Relation}({missing},) does not exist.")
            : [.. ids.Distinct().Select(i => (JsonNode)i)];
    }

    /// <summary>Computed fields the sandbox keeps: sale order name and total, is_company.</summary>
    private void AfterChange(string model, int id, JsonObject record)
    {
        switch (model)
        {
            case "res.partner":
                record["is_company"] = record["company_type"]?.ToString() == "company";
                break;
            case "sale.order":
                record["name"] ??= string.Create(CultureInfo.InvariantCulture, $"S{id:00000}");
                record["amount_total"] = _tables["sale.order.line"].Values
                    .Where(l => OdooValues.ToDouble(l["order_id"]) == id)
                    .Sum(l => OdooValues.ToDouble(l["product_uom_qty"]) * OdooValues.ToDouble(l["price_unit"]));
                break;
        }
    }

    private JsonObject Render(ModelDef def, int id, JsonObject record, IReadOnlyList<string> names)
    {
        var result = new JsonObject { ["id"] = id };
        foreach (var name in names.Where(n => n != "id"))
        {
            var value = record[name]?.DeepClone();
            result[name] = name == "display_name" ? def.DisplayName(record, this) : (KindOf(def, name), value) switch
            {
                (FieldKind.DateTime, JsonValue stored) => Timestamps.ForRpc(stored),
                (FieldKind.Many2One, JsonValue v) => new JsonArray(v.GetValue<int>(), DisplayNameOf(def.Fields[name].Relation!, v)),
                (FieldKind.One2Many, _) => new JsonArray([.. _tables[def.Fields[name].Relation!]
                    .Where(p => OdooValues.ToDouble(p.Value[def.Fields[name].InverseName!]) == id).Select(p => (JsonNode)p.Key)]),
                (FieldKind.Many2Many, null) => new JsonArray(),
                (_, null) => false,
                _ => value,
            };
        }

        return result;
    }

    /// <summary>The field's kind; create_date and write_date are datetimes every model has.</summary>
    internal static FieldKind? KindOf(ModelDef def, string name) =>
        name is "create_date" or "write_date" ? FieldKind.DateTime : def.Fields.GetValueOrDefault(name)?.Kind;

    private static IEnumerable<KeyValuePair<int, JsonObject>> Order(IEnumerable<KeyValuePair<int, JsonObject>> records, string? order)
    {
        IOrderedEnumerable<KeyValuePair<int, JsonObject>>? sorted = null;
        foreach (var part in (order ?? "id").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var field = words[0];
            var descending = words.Length > 1 && words[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
            Func<KeyValuePair<int, JsonObject>, JsonNode?> key = field == "id" ? p => JsonValue.Create(p.Key) : p => p.Value[field];
            var comparer = Comparer<JsonNode?>.Create(OdooValues.Compare);
            sorted = (sorted, descending) switch
            {
                (null, false) => records.OrderBy(key, comparer),
                (null, true) => records.OrderByDescending(key, comparer),
                (_, false) => sorted.ThenBy(key, comparer),
                _ => sorted.ThenByDescending(key, comparer),
            };
        }

        return sorted ?? records;
    }
}
