using YamlDotNet.RepresentationModel;

namespace Hub.Mapping;

/// <summary>
/// Reads <c>- when: { field: x, equals: v | in: [..] | not-in: [..] | present: true }, source: [..], value: v | table: t</c>.
/// </summary>
internal static class ContextRuleReader
{
    private static readonly string[] Tests = ["equals", "in", "not-in", "present"];

    public static ContextRule? Read(YamlReader reader, YamlNode node, string what)
    {
        what = $"{what} context rule";
        var keys = reader.Keys(node, what, "when", "source", "value", "table");
        var value = reader.Scalar(keys, "value", what);
        var table = reader.Scalar(keys, "table", what);
        if ((value is null) == (table is null))
        {
            reader.Problem(node, $"{what}: give exactly one of 'value' or 'table'");
            return null;
        }

        var condition = ReadCondition(reader, keys.GetValueOrDefault("when"), what, node);
        return condition is null ? null : new ContextRule(condition, reader.List(keys.GetValueOrDefault("source"), what), value, table, node.Start.Line);
    }

    private static Condition? ReadCondition(YamlReader reader, YamlNode? node, string what, YamlNode parent)
    {
        if (node is null)
        {
            reader.Problem(parent, $"{what}: 'when' is required");
            return null;
        }

        var keys = reader.Keys(node, $"{what} when", "field", "equals", "in", "not-in", "present");
        var field = reader.Scalar(keys, "field", $"{what} when", node);
        var tests = Tests.Where(keys.ContainsKey).ToList();
        if (field is null || tests.Count != 1)
        {
            reader.Problem(node, $"{what}: 'when' needs a 'field' and exactly one of equals, in, not-in, present");
            return null;
        }

        return tests[0] switch
        {
            "present" => new Condition(field, [], Negate: reader.Bool(keys, "present", what) == false),
            "not-in" => new Condition(field, reader.List(keys["not-in"], what), Negate: true),
            var test => new Condition(field, reader.List(keys[test], what), Negate: false),
        };
    }
}
