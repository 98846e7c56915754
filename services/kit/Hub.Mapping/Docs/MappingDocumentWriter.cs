using System.Text;

namespace Hub.Mapping;

/// <summary>
/// Renders a mapping as Markdown: a field table (target, source, required/default, rules in the order they run)
/// and one sub-table per value map. Output is deterministic (no dates, stable order) so a unit test can compare
/// the committed docs with a fresh rendering.
/// </summary>
public static class MappingDocumentWriter
{
    public const string RegenerateCommand = "dotnet run --project services/tools/Hub.MappingDocs";

    public static string Render(MappingDefinition mapping)
    {
        var md = new StringBuilder();
        md.Append("<!-- Generated from ").Append(mapping.SourceFile).Append(" by Hub.MappingDocs; do not edit. Regenerate: ")
          .Append(RegenerateCommand).AppendLine(" -->");
        md.Append("# Mapping `").Append(mapping.Name).AppendLine("`").AppendLine();
        if (mapping.Description is { } description)
        {
            md.AppendLine(description.Trim()).AppendLine();
        }

        md.AppendLine("| | |").AppendLine("|---|---|")
          .Append("| File | `").Append(mapping.SourceFile).AppendLine("` |")
          .Append("| Source system | ").Append(mapping.SourceSystem).AppendLine(" |")
          .Append("| Target system | ").Append(mapping.TargetSystem).AppendLine(" |")
          .Append("| Entity | ").Append(mapping.Entity).AppendLine(" |").AppendLine();

        md.AppendLine("## Fields").AppendLine()
          .AppendLine("Rules run in this order: transform, default/required, value map, format, max length, validation.").AppendLine()
          .AppendLine("| Target field | Source | Required / default | Rules | Notes |")
          .AppendLine("|---|---|---|---|---|");
        foreach (var field in mapping.Fields)
        {
            md.Append("| `").Append(field.Target).Append("` | ")
              .Append(field.From is null ? "(constant)" : $"`{field.From}`").Append(" | ")
              .Append(Cell(RequiredText(field))).Append(" | ")
              .Append(Cell(string.Join("; ", Rules(field)))).Append(" | ")
              .Append(Cell(field.Description ?? "")).AppendLine(" |");
        }

        foreach (var table in mapping.ValueMaps.Values.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            md.AppendLine().Append("## Value map `").Append(table.Name).AppendLine("`").AppendLine();
            if (table.Description is { } tableDescription)
            {
                md.AppendLine(tableDescription.Trim()).AppendLine();
            }

            md.Append("Unmapped values: ").Append(table.Unmapped == UnmappedPolicy.Reject ? "**reject** the record" : $"**default** to `{table.Default}` (warning)")
              .Append(table.IgnoreCase ? "; source values match ignoring case." : "; source values match exactly.").AppendLine().AppendLine()
              .AppendLine("| Source value | Target value |").AppendLine("|---|---|");
            foreach (var (source, target) in table.Values)
            {
                md.Append("| `").Append(Cell(source)).Append("` | `").Append(Cell(target)).AppendLine("` |");
            }
        }

        return md.ToString();
    }

    private static string RequiredText(FieldMapping field) => (field.Required, field.Default) switch
    {
        (true, null) => "required",
        (true, { } d) => $"required, default `{d}`",
        (false, { } d) => $"default `{d}`",
        _ => "optional",
    };

    private static IEnumerable<string> Rules(FieldMapping field)
    {
        if (field.Transforms.Count > 0)
        {
            yield return string.Join(", ", field.Transforms.Select(t => t.ToString().ToLowerInvariant()));
        }

        if (field.ValueMap is { } map)
        {
            foreach (var rule in map.Context)
            {
                var which = rule.SourceValues.Count == 0 ? "any value" : string.Join(", ", rule.SourceValues);
                yield return $"when {rule.When.Describe()}: {which} → {(rule.Value is null ? $"map `{rule.Table}`" : $"`{rule.Value}`")}";
            }

            yield return $"value map `{map.Table}`";
        }

        if (field.Format is { } format)
        {
            yield return format.Describe();
        }

        if (field.MaxLength is { } limit)
        {
            yield return limit.Describe();
        }

        foreach (var rule in field.Validations)
        {
            yield return $"check: {rule.Describe()}{(rule.Severity == IssueSeverity.Warning ? " (warning)" : "")}";
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
