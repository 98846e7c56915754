namespace Hub.Mapping;

/// <summary>Context rules first (in file order), then the field's table, then the table's unmapped policy.</summary>
internal static class ValueMapper
{
    public const string Rule = "value-map";

    public static bool TryMap(ValueMapReference map, IReadOnlyDictionary<string, ValueMapTable> tables, object value, FieldContext ctx, out object? result)
    {
        result = null;
        var text = (RecordPath.Text(value) ?? "").Trim();
        var table = tables[map.Table];
        foreach (var rule in map.Context)
        {
            if (rule.AppliesTo(text) && rule.When.Holds(ctx.Source))
            {
                if (rule.Value is not null)
                {
                    result = rule.Value;
                    return true;
                }

                table = tables[rule.Table!];
                break;
            }
        }

        if (table.TryLookup(text, out var mapped))
        {
            result = mapped;
            return true;
        }

        if (table.Unmapped == UnmappedPolicy.Reject)
        {
            ctx.Report(IssueSeverity.Reject, Rule, $"'{text}' is not in value map '{table.Name}' and its policy is reject", text);
            return false;
        }

        ctx.Report(IssueSeverity.Warning, Rule, $"'{text}' is not in value map '{table.Name}'; used its default '{table.Default}'", text);
        result = table.Default;
        return true;
    }
}
