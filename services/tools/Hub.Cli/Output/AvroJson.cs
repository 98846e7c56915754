using System.Collections;
using System.Globalization;
using System.Text.Json.Nodes;
using Avro;
using Avro.Generic;

namespace Hub.Cli.Output;

/// <summary>
/// A generic Avro datum as JSON for people: records as objects, enums as their symbol, decimals as exact strings,
/// timestamps as ISO 8601, uuids as text, bytes and fixed as base64. Not Avro's JSON encoding (no union wrappers):
/// it is for reading, not for feeding back into a decoder.
/// </summary>
public static class AvroJson
{
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        GenericRecord record => Record(record),
        GenericEnum symbol => JsonValue.Create(symbol.Value),
        GenericFixed fixedValue => JsonValue.Create(Convert.ToBase64String(fixedValue.Value)),
        AvroDecimal number => JsonValue.Create(number.ToString()),
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        int number => JsonValue.Create(number),
        long number => JsonValue.Create(number),
        float number => float.IsFinite(number) ? JsonValue.Create(number) : JsonValue.Create(number.ToString(CultureInfo.InvariantCulture)),
        double number => double.IsFinite(number) ? JsonValue.Create(number) : JsonValue.Create(number.ToString(CultureInfo.InvariantCulture)),
        decimal number => JsonValue.Create(number.ToString(CultureInfo.InvariantCulture)),
        byte[] bytes => JsonValue.Create(Convert.ToBase64String(bytes)),
        Guid id => JsonValue.Create(id.ToString("D")),
        DateTime time => JsonValue.Create(new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)).ToString("O", CultureInfo.InvariantCulture)),
        DateTimeOffset time => JsonValue.Create(time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)),
        TimeSpan span => JsonValue.Create(span.ToString("c", CultureInfo.InvariantCulture)),
        IDictionary map => Map(map),
        IEnumerable items => new JsonArray(items.Cast<object?>().Select(ToJson).ToArray()),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private static JsonObject Record(GenericRecord record)
    {
        var json = new JsonObject();
        foreach (var field in record.Schema.Fields)
        {
            json[field.Name] = ToJson(record.TryGetValue(field.Name, out var value) ? value : null);
        }

        return json;
    }

    private static JsonObject Map(IDictionary map)
    {
        var json = new JsonObject();
        foreach (DictionaryEntry entry in map)
        {
            json[Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? ""] = ToJson(entry.Value);
        }

        return json;
    }
}
