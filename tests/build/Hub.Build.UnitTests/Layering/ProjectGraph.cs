using System.Xml.Linq;

namespace Hub.Build.UnitTests.Layering;

/// <summary>
/// The repository's projects by name, read from their csproj files. References with ReferenceOutputAssembly="false"
/// (build-order only, e.g. a test that starts a service's process, or an analyzer) link nothing and are left out.
/// </summary>
public sealed class ProjectGraph(IEnumerable<ProjectNode> projects)
{
    private static readonly string[] Folders = ["services", "tests", "build"];

    public IReadOnlyDictionary<string, ProjectNode> Projects { get; } = projects.ToDictionary(p => p.Name, StringComparer.Ordinal);

    public static ProjectGraph Load(string root) => new(Folders
        .Select(folder => Path.Combine(root, folder))
        .Where(Directory.Exists)
        .SelectMany(dir => Directory.EnumerateFiles(dir, "*.csproj", SearchOption.AllDirectories))
        .Select(path => ParseAt(root, path)));

    /// <summary>services/kit/Hub.Mapping/Hub.Mapping.csproj lives in folder services, role kit.</summary>
    private static ProjectNode ParseAt(string root, string csprojPath)
    {
        var parts = Path.GetRelativePath(root, csprojPath).Split(Path.DirectorySeparatorChar);
        return Parse(csprojPath, parts[0], parts.Length > 3 ? parts[1] : string.Empty);
    }

    public static ProjectNode Parse(string csprojPath, string folder, string role = "")
    {
        var document = XDocument.Load(csprojPath);
        var name = Path.GetFileNameWithoutExtension(csprojPath);
        var projects = document.Descendants("ProjectReference")
            .Where(r => !string.Equals((string?)r.Attribute("ReferenceOutputAssembly"), "false", StringComparison.OrdinalIgnoreCase))
            .Select(r => Path.GetFileNameWithoutExtension(((string?)r.Attribute("Include") ?? string.Empty).Replace('\\', '/')))
            .ToList();
        var packages = document.Descendants("PackageReference").Select(r => (string?)r.Attribute("Include") ?? string.Empty).ToList();
        var assemblyName = document.Descendants("AssemblyName").Select(e => e.Value.Trim()).FirstOrDefault() ?? name;
        return new ProjectNode(name, folder, assemblyName, projects, packages, role);
    }

    /// <summary>
    /// The shortest chain of references from <paramref name="from"/> to a project or package that
    /// <paramref name="forbidden"/> matches, e.g. [Hub.Cli, Hub.Topics, Confluent.Kafka]; null when there is none.
    /// </summary>
    public IReadOnlyList<string>? FindPath(string from, Func<string, bool> forbidden)
    {
        var previous = new Dictionary<string, string?>(StringComparer.Ordinal) { [from] = null };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var current))
        {
            if (!Projects.TryGetValue(current, out var node))
            {
                continue;
            }

            if (node.PackageReferences.FirstOrDefault(forbidden) is { } package)
            {
                return [.. Chain(previous, current), package];
            }

            foreach (var next in node.ProjectReferences.Where(n => previous.TryAdd(n, current)))
            {
                if (forbidden(next))
                {
                    return [.. Chain(previous, next)];
                }

                queue.Enqueue(next);
            }
        }

        return null;
    }

    private static IEnumerable<string> Chain(Dictionary<string, string?> previous, string last)
    {
        var chain = new List<string>();
        for (string? at = last; at is not null; at = previous[at])
        {
            chain.Add(at);
        }

        chain.Reverse();
        return chain;
    }
}
