using YamlDotNet.RepresentationModel;

namespace Hub.Mapping;

/// <summary>Reads one entry of <c>fields:</c>.</summary>
internal static class FieldReader
{
    private static readonly string[] FieldKeys =
        ["target", "from", "description", "transform", "value-map", "format", "max-length", "required", "default", "validate"];

    private static readonly Dictionary<string, TextTransform> Transforms = new(StringComparer.Ordinal)
    {
        ["trim"] = TextTransform.Trim,
        ["lower"] = TextTransform.Lower,
        ["upper"] = TextTransform.Upper,
    };

    private static readonly Dictionary<string, TruncationPolicy> Truncations = new(StringComparer.Ordinal)
    {
        ["cut"] = TruncationPolicy.Cut,
        ["cut-with-ellipsis"] = TruncationPolicy.CutWithEllipsis,
        ["reject"] = TruncationPolicy.Reject,
    };

    public static FieldMapping? Read(YamlReader reader, YamlNode node, IReadOnlyDictionary<string, ValueMapTable> tables)
    {
        var keys = reader.Keys(node, "field", FieldKeys);
        var target = reader.Scalar(keys, "target", "field", node);
        if (target is null)
        {
            return null;
        }

        var what = $"field '{target}'";
        var from = reader.Scalar(keys, "from", what);
        var fallback = reader.Scalar(keys, "default", what);
        if (from is null && fallback is null)
        {
            reader.Problem(node, $"{what}: needs 'from' (a source path) or 'default' (a constant)");
        }

        return new FieldMapping
        {
            Target = target,
            From = from,
            Description = reader.Scalar(keys, "description", what),
            Transforms = ReadTransforms(reader, keys.GetValueOrDefault("transform"), what),
            ValueMap = keys.TryGetValue("value-map", out var map) ? ReadValueMap(reader, map, what, tables) : null,
            Format = keys.TryGetValue("format", out var format) ? FormatReader.Read(reader, format, what) : null,
            MaxLength = keys.TryGetValue("max-length", out var limit) ? ReadMaxLength(reader, limit, what) : null,
            Required = reader.Bool(keys, "required", what) ?? false,
            Default = fallback,
            Validations = ValidationReader.Read(reader, keys.GetValueOrDefault("validate"), what),
            Line = node.Start.Line,
        };
    }

    private static List<TextTransform> ReadTransforms(YamlReader reader, YamlNode? node, string what)
    {
        var transforms = new List<TextTransform>();
        foreach (var name in reader.List(node, $"{what} transform"))
        {
            if (Transforms.TryGetValue(name, out var transform))
            {
                transforms.Add(transform);
            }
            else
            {
                reader.Problem(node, $"{what}: unknown transform '{name}' (known: {string.Join(", ", Transforms.Keys)})");
            }
        }

        return transforms;
    }

    private static MaxLengthRule? ReadMaxLength(YamlReader reader, YamlNode node, string what)
    {
        if (node is not YamlMappingNode)
        {
            reader.Problem(node, $"{what}: max-length needs a positive 'length' and a 'policy' ({string.Join(", ", Truncations.Keys)}), e.g. {{ length: 40, policy: cut }}");
            return null;
        }

        var keys = reader.Keys(node, $"{what} max-length", "length", "policy");
        var length = reader.Number(keys, "length", $"{what} max-length");
        var policy = reader.Choice(keys, "policy", $"{what} max-length", Truncations, null);
        if (length is null or < 1 or > int.MaxValue || policy is null)
        {
            reader.Problem(node, $"{what}: max-length needs a positive 'length' and a 'policy' ({string.Join(", ", Truncations.Keys)})");
            return null;
        }

        return new MaxLengthRule((int)length.Value, policy.Value);
    }

    private static ValueMapReference? ReadValueMap(YamlReader reader, YamlNode node, string what, IReadOnlyDictionary<string, ValueMapTable> tables)
    {
        if (node is YamlScalarNode { Value: { } name })
        {
            return Known(reader, node, name, what, tables) ? new ValueMapReference(name, []) : null;
        }

        var keys = reader.Keys(node, $"{what} value-map", "table", "context");
        var table = reader.Scalar(keys, "table", $"{what} value-map", node);
        var rules = new List<ContextRule>();
        if (keys.TryGetValue("context", out var context))
        {
            foreach (var ruleNode in (context as YamlSequenceNode)?.Children ?? [])
            {
                if (ContextRuleReader.Read(reader, ruleNode, what) is { } rule && (rule.Table is null || Known(reader, ruleNode, rule.Table, what, tables)))
                {
                    rules.Add(rule);
                }
            }
        }

        return table is not null && Known(reader, node, table, what, tables) ? new ValueMapReference(table, rules) : null;
    }

    private static bool Known(YamlReader reader, YamlNode node, string table, string what, IReadOnlyDictionary<string, ValueMapTable> tables)
    {
        if (tables.ContainsKey(table))
        {
            return true;
        }

        reader.Problem(node, $"{what}: value map '{table}' is not defined under 'value-maps:'");
        return false;
    }
}
