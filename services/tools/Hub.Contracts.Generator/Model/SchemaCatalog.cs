using System.Text.RegularExpressions;
using Hub.Contracts.Generator.Emit;
using Hub.Contracts.Generator.Json;

namespace Hub.Contracts.Generator.Model;

/// <summary>
/// Every named type reachable from the shared definitions (files without a version suffix) and from the newest
/// version of each event file (<c>Name.vN.avsc</c>). Older versions are parsed for errors but generate nothing:
/// they live on as .avsc for compatibility tests.
/// </summary>
internal sealed class SchemaCatalog
{
    private static readonly Regex VersionedFile = new(@"^(?<name>.+)\.v(?<version>\d+)\.avsc$", RegexOptions.IgnoreCase);

    public Dictionary<string, NamedType> Types { get; } = new(StringComparer.Ordinal);

    public List<NamedType> Events { get; } = new();

    public List<SchemaProblem> Problems { get; } = new();

    public static SchemaCatalog Build(IEnumerable<(string Path, string Text)> files)
    {
        var catalog = new SchemaCatalog();
        var shared = new List<(string Path, JsonNode Root)>();
        var latest = new Dictionary<string, (string Path, JsonNode Root, int Version)>(StringComparer.Ordinal);

        foreach (var (path, text) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            JsonNode root;
            try
            {
                root = JsonParser.Parse(text);
            }
            catch (FormatException ex)
            {
                catalog.Problems.Add(new SchemaProblem(GeneratorDiagnostics.InvalidJsonId, path, ex.Message));
                continue;
            }

            var match = VersionedFile.Match(System.IO.Path.GetFileName(path));
            if (!match.Success)
            {
                shared.Add((path, root));
                continue;
            }

            var name = match.Groups["name"].Value;
            var version = int.Parse(match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (!latest.TryGetValue(name, out var current) || current.Version < version)
            {
                latest[name] = (path, root, version);
            }
        }

        var definitions = new List<NamedType>();
        foreach (var (path, root) in shared)
        {
            Collect(root, "", path, definitions, catalog.Problems);
        }

        foreach (var entry in latest.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var (path, root, version) = entry.Value;
            var before = definitions.Count;
            Collect(root, "", path, definitions, catalog.Problems);
            var top = definitions.Count > before ? definitions[before] : null;
            if (top is null || top.Kind != "record" || top.Name != entry.Key)
            {
                catalog.Problems.Add(new SchemaProblem(GeneratorDiagnostics.UnsupportedId, path, $"an event file must hold one record named '{entry.Key}'"));
                continue;
            }

            top.ContractVersion = version;
        }

        catalog.Register(definitions);
        return catalog;
    }

    private void Register(List<NamedType> definitions)
    {
        // First definition wins (shared files are read first); later copies must match it exactly.
        var duplicates = new List<NamedType>();
        foreach (var definition in definitions)
        {
            if (Types.ContainsKey(definition.FullName))
            {
                duplicates.Add(definition);
            }
            else
            {
                Types[definition.FullName] = definition;
            }
        }

        Events.AddRange(definitions.Where(d => d.ContractVersion is not null && ReferenceEquals(Types[d.FullName], d)));

        var renderer = new SchemaRenderer(this);
        foreach (var duplicate in duplicates)
        {
            var winner = Types[duplicate.FullName];
            try
            {
                if (renderer.Render(winner, sortKeys: true) != renderer.Render(duplicate, sortKeys: true))
                {
                    Problems.Add(new SchemaProblem(
                        GeneratorDiagnostics.ConflictingDefinitionId,
                        duplicate.SourcePath,
                        $"'{duplicate.FullName}' differs from its definition in {winner.SourcePath}; inline copies of shared types must be identical"));
                }
            }
            catch (SchemaProblemException ex)
            {
                Problems.Add(new SchemaProblem(ex.Id, duplicate.SourcePath, ex.Message));
            }
        }
    }

    private static void Collect(JsonNode node, string ns, string path, List<NamedType> found, List<SchemaProblem> problems)
    {
        switch (node)
        {
            case JsonArray union:
                foreach (var branch in union.Items)
                {
                    Collect(branch, ns, path, found, problems);
                }

                break;
            case JsonObject obj:
                var kind = obj.GetString("type");
                if (kind is null)
                {
                    if (obj["type"] is { } nested)
                    {
                        Collect(nested, ns, path, found, problems);
                    }

                    break;
                }

                if (AvroNames.IsNamedKind(kind))
                {
                    var name = obj.GetString("name");
                    if (string.IsNullOrEmpty(name))
                    {
                        problems.Add(new SchemaProblem(GeneratorDiagnostics.UnsupportedId, path, $"a {kind} needs a name"));
                        break;
                    }

                    var typeNs = AvroNames.NamespaceOf(name!, obj.GetString("namespace"), ns);
                    found.Add(new NamedType(AvroNames.Resolve(AvroNames.SimpleName(name!), typeNs), typeNs, kind == "error" ? "record" : kind!, obj, path));
                    if (obj["fields"] is JsonArray fields)
                    {
                        foreach (var field in fields.Items.OfType<JsonObject>())
                        {
                            if (field["type"] is { } fieldType)
                            {
                                Collect(fieldType, typeNs, path, found, problems);
                            }
                        }
                    }
                }
                else if (kind == "array" && obj["items"] is { } items)
                {
                    Collect(items, ns, path, found, problems);
                }
                else if (kind == "map" && obj["values"] is { } values)
                {
                    Collect(values, ns, path, found, problems);
                }

                break;
        }
    }
}
