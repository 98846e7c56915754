using System.Text.Json;

namespace Shop.Connector.Inbound;

/// <summary>JSON as the mapping engine's records: objects become string-keyed dictionaries, arrays lists, numbers decimals.</summary>
public static class JsonRecord
{
    public static Dictionary<string, object?> ToDictionary(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"Expected a JSON object, found {element.ValueKind}.");
        }

        var record = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            record[property.Name] = ToValue(property.Value);
        }

        return record;
    }

    public static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToDictionary(element),
        JsonValueKind.Array => element.EnumerateArray().Select(ToValue).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetDecimal(out var d) ? d : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
