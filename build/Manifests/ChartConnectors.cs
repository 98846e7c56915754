using System.Text.RegularExpressions;

namespace Hub.Build.Manifests;

/// <summary>
/// The Helm chart's connectors, from the <c>deploy.yaml</c> in each connector's folder
/// (services/connectors/&lt;system&gt;/deploy.yaml, the chart's defaults for that connector): the <c>connectors:</c>
/// block of helm/hub/values.yaml and the connector names values.schema.json accepts. A new connector adds its own
/// deploy.yaml and runs <c>./build.sh manifests</c>; nobody edits the chart's lists by hand.
/// </summary>
public static partial class ChartConnectors
{
    public const string ConnectorsDir = "services/connectors";
    public const string DeployFileName = "deploy.yaml";
    public const string ValuesFile = "helm/hub/values.yaml";
    public const string SchemaFile = "helm/hub/values.schema.json";

    private const string SchemaBlockStart = "    \"connectors\": {";
    private const string SchemaPropertiesEnd = "      }";

    /// <summary>Each connector folder with a deploy.yaml, by name (ordinal), with that file's text.</summary>
    public static IReadOnlyList<DeployDefaults> Read(string root) =>
        Directory.GetDirectories(Path.Combine(root, ConnectorsDir))
            .Where(dir => File.Exists(Path.Combine(dir, DeployFileName)))
            .Select(dir => new DeployDefaults(Path.GetFileName(dir), File.ReadAllText(Path.Combine(dir, DeployFileName))))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// <paramref name="valuesYaml"/> with its top-level <c>connectors:</c> block (up to the next top-level key, or the
    /// end) replaced by one entry per connector: its deploy.yaml without the file's leading comment, indented under
    /// its name.
    /// </summary>
    public static string RenderValues(string valuesYaml, IReadOnlyList<DeployDefaults> connectors)
    {
        var lines = valuesYaml.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').ToList();
        var start = lines.IndexOf("connectors:");
        if (start < 0)
        {
            throw new InvalidDataException($"{ValuesFile} has no top-level 'connectors:' line to write the connectors under.");
        }

        var end = start + 1;
        while (end < lines.Count && (lines[end].Length == 0 || char.IsWhiteSpace(lines[end][0]) || lines[end][0] == '#'))
        {
            end++;
        }

        // Comment and blank lines just above the next key belong to it, not to the connectors.
        while (end < lines.Count && end > start + 1 && (lines[end - 1].Length == 0 || lines[end - 1][0] == '#'))
        {
            end--;
        }

        var block = new List<string> { "connectors:" };
        foreach (var connector in connectors)
        {
            var body = connector.Body;
            block.AddRange(body.Count == 0 ? [$"  {connector.Name}: {{}}"] : [$"  {connector.Name}:", .. body.Select(l => l.Length == 0 ? l : "    " + l)]);
        }

        return string.Join('\n', lines.Take(start).Concat(block).Concat(lines.Skip(end))) + "\n";
    }

    /// <summary><paramref name="schemaJson"/> with the <c>connectors</c> object's properties set to <paramref name="names"/>.</summary>
    public static string RenderSchema(string schemaJson, IReadOnlyList<string> names)
    {
        var lines = schemaJson.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').ToList();
        var block = lines.IndexOf(SchemaBlockStart);
        var properties = block < 0 ? -1 : lines.FindIndex(block, l => l.Trim() == "\"properties\": {");
        var end = properties < 0 ? -1 : lines.FindIndex(properties, l => l == SchemaPropertiesEnd);
        if (end < 0)
        {
            throw new InvalidDataException($"{SchemaFile} has no '\"connectors\": {{ ... \"properties\": {{ ... }}' block at the indentation it is written with.");
        }

        var entries = names.Select((name, i) => $"        \"{name}\": {{ \"$ref\": \"#/definitions/connector\" }}{(i < names.Count - 1 ? "," : "")}");
        return string.Join('\n', lines.Take(properties + 1).Concat(entries).Concat(lines.Skip(end))) + "\n";
    }
}

/// <summary>One connector's deploy.yaml: the chart's defaults for it.</summary>
public sealed partial record DeployDefaults(string Name, string Text)
{
    /// <summary>
    /// The file without its leading comment (the first lines starting with <c>#</c>, which say what the file is) and
    /// the blank lines after it; a comment after that blank line belongs to the values and is kept.
    /// </summary>
    public IReadOnlyList<string> Body { get; } =
        Text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').SkipWhile(l => l.StartsWith('#')).SkipWhile(l => l.Length == 0).ToList();

    /// <summary>Top-level <c>replicas:</c>, else the chart's default of 2 (connectorDefaults.replicas).</summary>
    public int Replicas => Body.Select(l => ReplicasLine().Match(l)).FirstOrDefault(m => m.Success) is { } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 2;

    /// <summary>False when <c>podDisruptionBudget:</c> sets <c>enabled: false</c> (one replica: a budget would block every drain).</summary>
    public bool PodDisruptionBudget =>
        !Body.SkipWhile(l => l != "podDisruptionBudget:").Skip(1).TakeWhile(l => l.StartsWith(' ')).Any(l => l.Trim() == "enabled: false");

    [GeneratedRegex(@"^replicas:\s*(\d+)\s*(?:#.*)?$")]
    private static partial Regex ReplicasLine();
}
