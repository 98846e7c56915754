using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hub.Mapping;

/// <summary>
/// Loads and validates mapping files (<c>*.mapping.yaml</c>). Validation is complete rather than fail-fast: unknown
/// rules, undefined or unused value maps, bad regexes, unknown time zones, regions and currencies are all collected
/// and thrown together as one <see cref="MappingValidationException"/> with file and line.
/// </summary>
public static class MappingLoader
{
    public const string FileSuffix = ".mapping.yaml";

    private static readonly string[] TopLevelKeys =
        ["name", "description", "source-system", "target-system", "entity", "renames", "fields", "value-maps"];

    /// <param name="displayName">How the file is named in problems and docs (e.g. a repository-relative path).</param>
    public static MappingDefinition LoadFile(string path, string? displayName = null) =>
        Parse(File.ReadAllText(path), displayName ?? path);

    /// <summary>Every mapping file under a folder (recursively), validated together.</summary>
    public static IReadOnlyList<MappingDefinition> LoadDirectory(string directory)
    {
        var problems = new List<MappingProblem>();
        var definitions = new List<MappingDefinition>();
        foreach (var file in Directory.EnumerateFiles(directory, "*" + FileSuffix, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (TryParse(File.ReadAllText(file), Path.GetRelativePath(directory, file), problems) is { } definition)
            {
                definitions.Add(definition);
            }
        }

        foreach (var duplicate in definitions.GroupBy(d => d.Name).Where(g => g.Count() > 1))
        {
            problems.Add(new MappingProblem(duplicate.Last().SourceFile, null, $"mapping name '{duplicate.Key}' is used by {string.Join(" and ", duplicate.Select(d => d.SourceFile))}"));
        }

        return problems.Count > 0 ? throw new MappingValidationException(problems) : definitions;
    }

    /// <param name="source">Names the file in problems.</param>
    public static MappingDefinition Parse(string yaml, string source)
    {
        var problems = new List<MappingProblem>();
        var definition = TryParse(yaml, source, problems);
        return problems.Count > 0 || definition is null ? throw new MappingValidationException(problems) : definition;
    }

    private static MappingDefinition? TryParse(string yaml, string source, List<MappingProblem> problems)
    {
        var reader = new YamlReader(source, problems);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            problems.Add(new MappingProblem(source, ex.Start.Line, $"not valid YAML: {ex.InnerException?.Message ?? ex.Message}"));
            return null;
        }

        var root = stream.Documents.FirstOrDefault()?.RootNode;
        var top = reader.Keys(root, "mapping file", TopLevelKeys);
        var name = reader.Scalar(top, "name", "mapping file", root) ?? Path.GetFileName(source);
        var tables = ValueMapReader.Read(reader, top.GetValueOrDefault("value-maps"));
        var fields = new List<FieldMapping>();
        if (top.TryGetValue("renames", out var renames))
        {
            foreach (var (from, target) in reader.Keys(renames, "renames", KeysOf(renames)))
            {
                fields.Add(new FieldMapping { From = from, Target = (target as YamlScalarNode)?.Value ?? from, Line = target.Start.Line });
            }
        }

        if (top.TryGetValue("fields", out var fieldNodes) && fieldNodes is YamlSequenceNode sequence)
        {
            fields.AddRange(sequence.Children.Select(node => FieldReader.Read(reader, node, tables)).OfType<FieldMapping>());
        }
        else if (!top.ContainsKey("renames"))
        {
            reader.Problem(root, "mapping file: needs a 'fields:' list (or 'renames:')");
        }

        CheckCrossReferences(reader, fields, tables);
        return new MappingDefinition(
            name,
            source,
            reader.Scalar(top, "description", "mapping file"),
            reader.Scalar(top, "source-system", "mapping file", root) ?? "",
            reader.Scalar(top, "target-system", "mapping file", root) ?? "",
            reader.Scalar(top, "entity", "mapping file", root) ?? "",
            fields,
            tables);
    }

    private static string[] KeysOf(YamlNode node) =>
        node is YamlMappingNode map ? map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").ToArray() : [];

    private static void CheckCrossReferences(YamlReader reader, List<FieldMapping> fields, IReadOnlyDictionary<string, ValueMapTable> tables)
    {
        foreach (var duplicate in fields.GroupBy(f => f.Target, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            reader.Problem(null, $"target field '{duplicate.Key}' is mapped {duplicate.Count()} times (lines {string.Join(", ", duplicate.Select(f => f.Line))})");
        }

        var used = fields
            .Where(f => f.ValueMap is not null)
            .SelectMany(f => f.ValueMap!.Context.Select(c => c.Table).Append(f.ValueMap.Table))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        foreach (var table in tables.Values.Where(t => !used.Contains(t.Name)))
        {
            reader.Problem(null, $"value map '{table.Name}' (line {table.Line}) is defined but no field uses it");
        }

        foreach (var field in fields.Where(f => f.Default is not null && f.ValueMap is not null))
        {
            var targets = TargetValues(field.ValueMap!, tables);
            if (targets.Count > 0 && !targets.Contains(field.Default!))
            {
                reader.Problem(null, $"target field '{field.Target}' (line {field.Line}): its default '{field.Default}' is not a value its value map gives " +
                    $"(a default is written in the target's terms, it is not looked up): {string.Join(", ", targets.Order(StringComparer.Ordinal))}");
            }
        }
    }

    /// <summary>Every value a field's value map can give: its table's values and default, its context rules' values and tables.</summary>
    private static HashSet<string> TargetValues(ValueMapReference map, IReadOnlyDictionary<string, ValueMapTable> tables)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in map.Context.Select(c => c.Table).Append(map.Table).OfType<string>())
        {
            if (tables.TryGetValue(name, out var table))
            {
                values.UnionWith(table.Values.Values);
                values.UnionWith(table.Default is { } fallback ? [fallback] : []);
            }
        }

        values.UnionWith(map.Context.Select(c => c.Value).OfType<string>());
        return values;
    }
}
