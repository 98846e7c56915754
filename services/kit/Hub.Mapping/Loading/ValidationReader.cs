using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Hub.Mapping;

/// <summary>Reads <c>validate:</c>, a list of <c>email</c>, <c>{ regex: ... }</c>, <c>{ one-of: [...] }</c>, <c>{ range: { min, max } }</c>.</summary>
internal static class ValidationReader
{
    private static readonly Dictionary<string, IssueSeverity> Severities = new(StringComparer.Ordinal)
    {
        ["reject"] = IssueSeverity.Reject, ["warning"] = IssueSeverity.Warning,
    };

    private static readonly string[] Kinds = ["email", "regex", "one-of", "range"];

    public static List<ValidationRule> Read(YamlReader reader, YamlNode? node, string what)
    {
        var rules = new List<ValidationRule>();
        var items = node switch
        {
            null => [],
            YamlSequenceNode sequence => sequence.Children.ToList(),
            _ => [node],
        };
        foreach (var item in items)
        {
            if (item is YamlScalarNode { Value: "email" })
            {
                rules.Add(new EmailValidation(IssueSeverity.Reject, null));
                continue;
            }

            var keys = reader.Keys(item, $"{what} validate", "email", "regex", "one-of", "range", "severity", "message");
            var severity = reader.Choice(keys, "severity", what, Severities, IssueSeverity.Reject)!.Value;
            var message = reader.Scalar(keys, "message", what);
            var kinds = Kinds.Where(keys.ContainsKey).ToList();
            if (kinds.Count != 1)
            {
                reader.Problem(item, $"{what}: each validate item needs exactly one of email, regex, one-of, range");
                continue;
            }

            if (Build(reader, kinds[0], keys, severity, message, what) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    private static ValidationRule? Build(YamlReader reader, string kind, Dictionary<string, YamlNode> keys, IssueSeverity severity, string? message, string what)
    {
        switch (kind)
        {
            case "email":
                return new EmailValidation(severity, message);
            case "one-of":
                var allowed = reader.List(keys["one-of"], what);
                return allowed.Count > 0 ? new OneOfValidation(allowed, severity, message) : reader.Fail<ValidationRule?>(keys["one-of"], $"{what}: one-of needs values");
            case "range":
                var bounds = reader.Keys(keys["range"], $"{what} range", "min", "max");
                var (min, max) = (reader.Number(bounds, "min", what), reader.Number(bounds, "max", what));
                return min is null && max is null || min > max
                    ? reader.Fail<ValidationRule?>(keys["range"], $"{what}: range needs 'min' and/or 'max' with min ≤ max")
                    : new RangeValidation(min, max, severity, message);
            default:
                var pattern = reader.Scalar(keys, "regex", what) ?? "";
                try
                {
                    return new RegexValidation(new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)), severity, message);
                }
                catch (ArgumentException ex)
                {
                    return reader.Fail<ValidationRule?>(keys["regex"], $"{what}: bad regex '{pattern}': {ex.Message}");
                }
        }
    }
}
