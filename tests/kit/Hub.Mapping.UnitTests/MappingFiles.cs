namespace Hub.Mapping.UnitTests;

/// <summary>Paths in the repository, and a way to build a one-field mapping for rule tests.</summary>
internal static class MappingFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Each connector's <c>Mapping/</c> folder holding mapping files (services/connectors/*/*/Mapping).</summary>
    public static IReadOnlyList<string> ConnectorMappingFolders() =>
        Directory.GetDirectories(Path.Combine(RepositoryRoot, "services", "connectors"), "Mapping", SearchOption.AllDirectories)
            .Where(d => !d.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !d.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(d => Directory.GetFiles(d, "*" + MappingLoader.FileSuffix).Length > 0)
            .Distinct()
            .ToList();

    /// <summary>A mapping file shipped by a connector (services/connectors/*/*/Mapping), by name.</summary>
    public static RecordMapper Sample(string name) =>
        new(MappingLoader.LoadFile(
            Directory.GetFiles(Path.Combine(RepositoryRoot, "services"), name + MappingLoader.FileSuffix, SearchOption.AllDirectories)
                .Single(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)),
            name));

    /// <summary>A mapping with one field <c>out</c> read from <c>in</c>, plus the given rule lines (YAML, indented 4).</summary>
    public static RecordMapper Field(string rules, string valueMaps = "") =>
        new(MappingLoader.Parse(Yaml(rules, valueMaps), "test.mapping.yaml"));

    public static string Yaml(string rules, string valueMaps = "") => $"""
        name: test
        source-system: a
        target-system: b
        entity: thing
        fields:
          - target: out
            from: in
        {Indent(rules, 4)}
        {(valueMaps.Length == 0 ? "" : "value-maps:\n" + Indent(valueMaps, 2))}
        """;

    public static MappingResult MapOne(this RecordMapper mapper, object? value, params (string Key, object? Value)[] others)
    {
        var source = new Dictionary<string, object?> { ["in"] = value };
        foreach (var (key, other) in others)
        {
            source[key] = other;
        }

        return mapper.Map(source);
    }

    public static object? Out(this MappingResult result) => result.Record["out"];

    private static string Indent(string text, int spaces) =>
        string.Join("\n", text.Trim('\n').Split('\n').Select(line => new string(' ', spaces) + line));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "global.json")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No global.json above {AppContext.BaseDirectory}.");
    }
}
