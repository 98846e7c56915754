using System.Text.Json;

namespace Hub.Cli.Traffic.Replay;

/// <summary>
/// A body as the fields it holds, by path (<c>body.properties.email</c>, <c>body.inputs[0].id</c>), each with its JSON
/// text; a body that is not JSON is one field, <c>body</c>, with its text. No body, no fields.
/// </summary>
public static class BodyFields
{
    public const string Root = "body";

    public static IReadOnlyDictionary<string, string> Of(string? body)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(body))
        {
            return fields;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            Add(fields, Root, document.RootElement);
        }
        catch (JsonException)
        {
            fields[Root] = body;
        }

        return fields;
    }

    private static void Add(Dictionary<string, string> fields, string path, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object when value.EnumerateObject().Any():
                foreach (var property in value.EnumerateObject())
                {
                    Add(fields, $"{path}.{property.Name}", property.Value);
                }

                break;
            case JsonValueKind.Array when value.GetArrayLength() > 0:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Add(fields, $"{path}[{index++}]", item);
                }

                break;
            default:
                fields[path] = value.GetRawText();
                break;
        }
    }
}
