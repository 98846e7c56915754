using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Erp.Sandbox.Store;

/// <summary>Comparisons and formats of stored values, the way Odoo's domains and JSON answers treat them.</summary>
public static class OdooValues
{
    /// <summary>Null for false/none; Odoo sends false for empty fields.</summary>
    public static JsonNode? Clean(JsonNode? value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.False ? null : value?.DeepClone();

    public static int Compare(JsonNode? left, JsonNode? right)
    {
        if (left is null || right is null)
        {
            return (left is null ? 0 : 1) - (right is null ? 0 : 1);
        }

        if (IsNumber(left) && IsNumber(right))
        {
            return ToDouble(left).CompareTo(ToDouble(right));
        }

        return string.CompareOrdinal(left.ToString(), right.ToString());
    }

    public static bool Same(JsonNode? left, JsonNode? right)
    {
        if (left is null || right is null || IsFalse(left) || IsFalse(right))
        {
            return (left is null || IsFalse(left)) && (right is null || IsFalse(right));
        }

        if (left is JsonValue lv && right is JsonValue rv && lv.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return lv.GetValueKind() == rv.GetValueKind();
        }

        return Compare(left, right) == 0;
    }

    /// <summary>Numbers parsed from requests and numbers the sandbox stored itself (ints, doubles) alike.</summary>
    public static double ToDouble(JsonNode? node) =>
        node is null ? 0 : double.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static bool IsNumber(JsonNode node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.Number;

    private static bool IsFalse(JsonNode node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.False;
}
