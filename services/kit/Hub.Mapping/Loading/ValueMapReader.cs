using YamlDotNet.RepresentationModel;

namespace Hub.Mapping;

/// <summary>Reads <c>value-maps:</c>: named tables with <c>values</c> and an explicit unmapped policy.</summary>
internal static class ValueMapReader
{
    private static readonly Dictionary<string, UnmappedPolicy> Policies = new(StringComparer.Ordinal)
    {
        ["default"] = UnmappedPolicy.Default, ["reject"] = UnmappedPolicy.Reject,
    };

    public static Dictionary<string, ValueMapTable> Read(YamlReader reader, YamlNode? node)
    {
        var tables = new Dictionary<string, ValueMapTable>(StringComparer.Ordinal);
        if (node is null)
        {
            return tables;
        }

        if (node is not YamlMappingNode map)
        {
            reader.Problem(node, "value-maps: expected named tables");
            return tables;
        }

        foreach (var (nameNode, tableNode) in map.Children)
        {
            var name = (nameNode as YamlScalarNode)?.Value ?? "";
            var what = $"value map '{name}'";
            var keys = reader.Keys(tableNode, what, "description", "values", "unmapped", "default", "ignore-case");
            var fallback = reader.Scalar(keys, "default", what);
            var policy = reader.Choice(keys, "unmapped", what, Policies, fallback is null ? null : UnmappedPolicy.Default);
            if (policy is null || (policy == UnmappedPolicy.Default && fallback is null))
            {
                reader.Problem(tableNode, $"{what}: say what happens to values not in the table: 'unmapped: reject', or 'default: <value>'");
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            if (keys.GetValueOrDefault("values") is YamlMappingNode entries && entries.Children.Count > 0)
            {
                foreach (var (source, target) in entries.Children)
                {
                    var key = (source as YamlScalarNode)?.Value ?? "";
                    if (target is YamlScalarNode { Value: { } value })
                    {
                        values[key] = value;
                    }
                    else
                    {
                        reader.Problem(target, $"{what}: the value for '{key}' must be a single value");
                    }
                }
            }
            else
            {
                reader.Problem(tableNode, $"{what}: 'values' must list at least one source: target pair");
            }

            tables[name] = new ValueMapTable(name, reader.Scalar(keys, "description", what), values,
                policy ?? UnmappedPolicy.Reject, fallback, reader.Bool(keys, "ignore-case", what) ?? true, nameNode.Start.Line);
        }

        return tables;
    }
}
