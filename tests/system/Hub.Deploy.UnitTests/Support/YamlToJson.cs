using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hub.Deploy.UnitTests.Support;

/// <summary>
/// YAML documents as JSON nodes with YAML 1.2 core-schema typing: plain scalars become booleans, numbers or null
/// when they look like one, quoted scalars stay strings, as Helm reads values.yaml.
/// </summary>
public static class YamlToJson
{
    public static IReadOnlyList<JsonNode?> LoadAll(string path)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(path));
        stream.Load(reader);
        return stream.Documents.Select(d => Convert(d.RootNode)).ToList();
    }

    public static JsonNode? Load(string path) => LoadAll(path).Single();

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(Convert).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            // Parsed from JSON text so numbers read back as any numeric type, like the schema's own numbers.
            _ when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer) => JsonNode.Parse(integer.ToString(CultureInfo.InvariantCulture)),
            _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) => JsonNode.Parse(number.ToString("R", CultureInfo.InvariantCulture)),
            _ => JsonValue.Create(text),
        };
    }
}
