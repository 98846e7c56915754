namespace Hub.Mapping;

/// <summary>
/// Applies one validated <see cref="MappingDefinition"/> to records. Stateless and thread-safe; build one per
/// mapping at start-up. Every field is mapped even after a reject, so the result lists every reason at once.
/// </summary>
public sealed class RecordMapper(MappingDefinition definition)
{
    public MappingDefinition Definition { get; } = definition;

    public MappingResult Map(IReadOnlyDictionary<string, object?> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var issues = new List<MappingIssue>();
        var target = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in Definition.Fields)
        {
            var ctx = new FieldContext(field.Target, source, issues);
            if (TryMapField(field, ctx, out var value))
            {
                RecordPath.Set(target, field.Target, value);
            }
        }

        return new MappingResult(Definition.Name, target, issues);
    }

    private bool TryMapField(FieldMapping field, FieldContext ctx, out object? value)
    {
        value = field.From is null ? null : RecordPath.Get(ctx.Source, field.From);
        value = Transform(value, field.Transforms);
        if (IsMissing(value))
        {
            value = field.Default;
            if (field.Required && field.Default is null)
            {
                return ctx.Reject("required", field.From is null ? "no value" : $"`{field.From}` is missing or blank");
            }

            if (field.Required)
            {
                ctx.Warn("default", $"`{field.From}` is missing or blank; used the default '{field.Default}'");
            }

            // A default is written in the target's terms, so it skips the value map; a format still types it ("0" as
            // money in the record's currency), as the consumers of the field expect one type whichever way it came.
            return value is null || field.Format is not { } typed || typed.TryApply(value, ctx, out value);
        }

        if (field.ValueMap is { } map && !ValueMapper.TryMap(map, Definition.ValueMaps, value!, ctx, out value))
        {
            return false;
        }

        if (field.Format is { } format && !format.TryApply(value!, ctx, out value))
        {
            return false;
        }

        if (field.MaxLength is { } limit && !limit.TryApply(value, ctx, out value))
        {
            return false;
        }

        foreach (var rule in field.Validations)
        {
            rule.Check(value!, ctx);
        }

        return true;
    }

    private static bool IsMissing(object? value) => value is null || (value is string s && string.IsNullOrWhiteSpace(s));

    private static object? Transform(object? value, IReadOnlyList<TextTransform> transforms)
    {
        if (value is not string text)
        {
            return value;
        }

        foreach (var transform in transforms)
        {
            text = transform switch
            {
                TextTransform.Trim => text.Trim(),
                TextTransform.Lower => text.ToLowerInvariant(),
                _ => text.ToUpperInvariant(),
            };
        }

        return text;
    }
}
