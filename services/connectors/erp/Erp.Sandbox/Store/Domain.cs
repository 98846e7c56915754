using System.Text.Json.Nodes;
using Erp.Sandbox.Rpc;

namespace Erp.Sandbox.Store;

/// <summary>
/// Odoo search domains: a list of (field, operator, value) leaves in Polish notation with '&amp;', '|' and '!';
/// leaves without an operator between them are ANDed. Field paths may follow many2one fields
/// (product_id.default_code).
/// </summary>
public static class Domain
{
    public static Func<int, JsonObject, bool> Compile(JsonArray domain, string model, OdooDatabase db)
    {
        var stack = new Stack<Func<int, JsonObject, bool>>();
        for (var i = domain.Count - 1; i >= 0; i--)
        {
            switch (domain[i])
            {
                case JsonValue op when op.ToString() == "&":
                    stack.Push(Both(Pop(stack), Pop(stack), and: true));
                    break;
                case JsonValue op when op.ToString() == "|":
                    stack.Push(Both(Pop(stack), Pop(stack), and: false));
                    break;
                case JsonValue op when op.ToString() == "!":
                    var inner = Pop(stack);
                    stack.Push((id, r) => !inner(id, r));
                    break;
                case JsonArray leaf when leaf.Count == 3:
                    stack.Push(Leaf(leaf[0]!.ToString(), leaf[1]!.ToString(), leaf[2], model, db));
                    break;
                default:
                    throw OdooFaultException.Value($"Invalid domain term {domain[i]?.ToJsonString()}");
            }
        }

        var all = stack.ToList();
        return (id, r) => all.All(f => f(id, r));
    }

    public static bool Mentions(JsonArray domain, string field) =>
        domain.OfType<JsonArray>().Any(leaf => leaf.Count == 3 && leaf[0]?.ToString() == field);

    private static Func<int, JsonObject, bool> Pop(Stack<Func<int, JsonObject, bool>> stack) =>
        stack.Count > 0 ? stack.Pop() : throw OdooFaultException.Value("Invalid domain: an operator lacks operands");

    private static Func<int, JsonObject, bool> Both(Func<int, JsonObject, bool> a, Func<int, JsonObject, bool> b, bool and) =>
        and ? (id, r) => a(id, r) && b(id, r) : (id, r) => a(id, r) || b(id, r);

    private static Func<int, JsonObject, bool> Leaf(string path, string op, JsonNode? value, string model, OdooDatabase db)
    {
        if (db.KindAt(model, path) == FieldKind.DateTime && op is ">" or ">=" or "<" or "<=" or "=" or "==" or "!=" or "<>" && value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String)
        {
            return TimestampLeaf(path, op, Timestamps.Parse(value, op), model, db);
        }

        return (id, record) =>
        {
            var actual = db.ValueAt(model, id, record, path);
            return op switch
            {
                "=" or "==" => actual is JsonArray many ? many.Any(x => OdooValues.Same(x, value)) : OdooValues.Same(actual, value),
                "!=" or "<>" => !OdooValues.Same(actual, value),
                ">" => actual is not null && OdooValues.Compare(actual, value) > 0,
                ">=" => actual is not null && OdooValues.Compare(actual, value) >= 0,
                "<" => actual is not null && OdooValues.Compare(actual, value) < 0,
                "<=" => actual is not null && OdooValues.Compare(actual, value) <= 0,
                "in" => (value as JsonArray ?? []).Any(v => OdooValues.Same(actual, v)),
                "not in" => !(value as JsonArray ?? []).Any(v => OdooValues.Same(actual, v)),
                "like" => Like(actual, $"%{value}%", ignoreCase: false),
                "ilike" => Like(actual, $"%{value}%", ignoreCase: true),
                "=like" => Like(actual, value?.ToString() ?? string.Empty, ignoreCase: false),
                "=ilike" => Like(actual, value?.ToString() ?? string.Empty, ignoreCase: true),
                // Odoo adds "OR column IS NULL" to negative like terms: an empty field does not contain the value.
                "not like" => actual is null || !Like(actual, $"%{value}%", ignoreCase: false),
                "not ilike" => actual is null || !Like(actual, $"%{value}%", ignoreCase: true),
                _ => throw OdooFaultException.Value($"Invalid domain operator '{op}'"),
            };
        };
    }

    private static bool Like(JsonNode? actual, string pattern, bool ignoreCase) =>
        actual is not null && LikePattern.Matches(actual.ToString(), pattern, ignoreCase);

    /// <summary>Datetime comparisons on the stored microseconds, as PostgreSQL compares a timestamp column.</summary>
    private static Func<int, JsonObject, bool> TimestampLeaf(string path, string op, DateTime value, string model, OdooDatabase db) => (id, record) =>
    {
        if (db.ValueAt(model, id, record, path) is not { } actual)
        {
            return op is "!=" or "<>";
        }

        var order = Timestamps.Parse(actual, "=").CompareTo(value);
        return op switch
        {
            ">" => order > 0,
            ">=" => order >= 0,
            "<" => order < 0,
            "<=" => order <= 0,
            "=" or "==" => order == 0,
            _ => order != 0,
        };
    };
}
