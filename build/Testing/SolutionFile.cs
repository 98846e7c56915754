using System.Xml.Linq;

namespace Hub.Build.Testing;

/// <summary>
/// Reads project paths from Hub.slnx. The test verb builds the solution once and runs tests with --no-build, so
/// a test project missing from the solution is reported by name instead of failing with a confusing error.
/// </summary>
public static class SolutionFile
{
    public static IReadOnlySet<string> ReadProjectPaths(string slnxPath)
    {
        if (!File.Exists(slnxPath))
        {
            return new HashSet<string>();
        }

        return XDocument.Load(slnxPath)
            .Descendants("Project")
            .Select(p => p.Attribute("Path")?.Value)
            .OfType<string>()
            .Select(Normalize)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public static string Normalize(string path) => path.Replace('\\', '/').TrimStart('.', '/');
}
