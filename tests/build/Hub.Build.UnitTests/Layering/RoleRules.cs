namespace Hub.Build.UnitTests.Layering;

/// <summary>
/// The roles of services/ (docs/architecture.md, "Layers"): each project references only projects of the roles below
/// its own, so platform code never depends on the connector kit, and the kit never on a connector, a tool or the dev stack.
/// </summary>
public static class RoleRules
{
    public const string Platform = "platform";
    public const string Kit = "kit";
    public const string Connectors = "connectors";
    public const string Tools = "tools";
    public const string Dev = "dev";

    /// <summary>The one dev project production tools may see: how to find a running dev stack, without the mock cluster.</summary>
    public const string DevStackAbstractions = "Hub.DevStack.Abstractions";

    /// <summary>The roles each role may reference (its own included).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> MayReference = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Platform] = [Platform],
        [Kit] = [Platform, Kit],
        [Connectors] = [Platform, Kit],
        [Tools] = [Platform, Kit],
        [Dev] = [Platform, Kit, Dev],
    };

    /// <returns>One line per reference that crosses the roles the wrong way, or per services project outside a known role.</returns>
    public static IReadOnlyList<string> Check(ProjectGraph graph)
    {
        var services = graph.Projects.Values.Where(p => p.Folder == "services").OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        var problems = services.Where(p => !MayReference.ContainsKey(p.Role))
            .Select(p => $"{p.Name} lives in services/{p.Role}, which is not a role ({string.Join(", ", MayReference.Keys)})")
            .ToList();
        foreach (var project in services.Where(p => MayReference.ContainsKey(p.Role)))
        {
            foreach (var reference in project.ProjectReferences)
            {
                if (graph.Projects.TryGetValue(reference, out var target) && target.Folder == "services" && !Allowed(project, target))
                {
                    problems.Add($"{project.Name} ({project.Role}) references {target.Name} ({target.Role}); "
                        + $"{project.Role} may reference {string.Join(" and ", MayReference[project.Role])} only");
                }
            }
        }

        return problems;
    }

    private static bool Allowed(ProjectNode project, ProjectNode target) =>
        MayReference[project.Role].Contains(target.Role, StringComparer.Ordinal)
        || (project.Role == Tools && target.Name == DevStackAbstractions)
        || (project.Role == Connectors && target.Role == Connectors && SameSystem(project, target));

    /// <summary>services/connectors/&lt;system&gt;/: a connector may share code only within its own system's folder.</summary>
    private static bool SameSystem(ProjectNode project, ProjectNode target) =>
        string.Equals(project.Name.Split('.')[0], target.Name.Split('.')[0], StringComparison.Ordinal);
}
