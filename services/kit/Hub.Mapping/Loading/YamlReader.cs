using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Hub.Mapping;

/// <summary>
/// Reads the YAML node tree by hand (rather than deserializing into classes) so that every problem carries its
/// line, unknown keys are reported instead of ignored, and reading goes on after a problem to find the rest.
/// </summary>
internal sealed class YamlReader(string file, List<MappingProblem> problems)
{
    public string File { get; } = file;

    public void Problem(YamlNode? node, string message) =>
        problems.Add(new MappingProblem(File, node is null ? null : node.Start.Line, message));

    /// <summary>The keys of a mapping node; keys not in <paramref name="allowed"/> are reported as unknown.</summary>
    public Dictionary<string, YamlNode> Keys(YamlNode? node, string what, params string[] allowed)
    {
        var keys = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        if (node is not YamlMappingNode map)
        {
            Problem(node, $"{what}: expected a mapping (key: value lines)");
            return keys;
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                Problem(keyNode, $"{what}: unknown rule or key '{key}' (known: {string.Join(", ", allowed)})");
                continue;
            }

            keys[key] = value;
        }

        return keys;
    }

    /// <param name="requiredBy">When given, a missing key is a problem reported at this node's line.</param>
    public string? Scalar(IReadOnlyDictionary<string, YamlNode> keys, string key, string what, YamlNode? requiredBy = null)
    {
        if (!keys.TryGetValue(key, out var node))
        {
            if (requiredBy is not null)
            {
                Problem(requiredBy, $"{what}: '{key}' is required");
            }

            return null;
        }

        if (node is YamlScalarNode { Value: { } value })
        {
            return value;
        }

        Problem(node, $"{what}: '{key}' must be a single value");
        return null;
    }

    public IReadOnlyList<string> List(YamlNode? node, string what)
    {
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode { Value: { } single }:
                return [single];
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } text })
                    {
                        items.Add(text);
                    }
                    else
                    {
                        Problem(item, $"{what}: list items must be single values");
                    }
                }

                return items;
            default:
                Problem(node, $"{what}: expected a value or a list of values");
                return [];
        }
    }

    public T? Choice<T>(IReadOnlyDictionary<string, YamlNode> keys, string key, string what, IReadOnlyDictionary<string, T> choices, T? fallback)
        where T : struct
    {
        var text = Scalar(keys, key, what);
        if (text is null)
        {
            return fallback;
        }

        if (choices.TryGetValue(text, out var value))
        {
            return value;
        }

        Problem(keys[key], $"{what}: '{key}' must be one of {string.Join(", ", choices.Keys)}, not '{text}'");
        return fallback;
    }

    public bool? Bool(IReadOnlyDictionary<string, YamlNode> keys, string key, string what) => Scalar(keys, key, what) switch
    {
        null => null,
        "true" or "yes" => true,
        "false" or "no" => false,
        var other => Fail<bool?>(keys[key], $"{what}: '{key}' must be true or false, not '{other}'"),
    };

    public decimal? Number(IReadOnlyDictionary<string, YamlNode> keys, string key, string what)
    {
        var text = Scalar(keys, key, what);
        return text is null ? null
            : decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n
            : Fail<decimal?>(keys[key], $"{what}: '{key}' must be a number, not '{text}'");
    }

    public T Fail<T>(YamlNode? node, string message)
    {
        Problem(node, message);
        return default!;
    }
}
