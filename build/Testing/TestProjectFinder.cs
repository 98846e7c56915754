namespace Hub.Build.Testing;

/// <summary>
/// Finds the test projects under tests/: every *UnitTests.csproj, then every *IntegrationTests.csproj, each group
/// in name order, so fast feedback comes first and runs are reproducible.
/// </summary>
public static class TestProjectFinder
{
    private static readonly string[] IgnoredFolders = ["bin", "obj", "artifacts", "TestResults"];

    public static IReadOnlyList<string> Find(string testsDir)
    {
        if (!Directory.Exists(testsDir))
        {
            return [];
        }

        var projects = Directory
            .EnumerateFiles(testsDir, "*Tests.csproj", SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(testsDir, path)
                .Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
                .Any(IgnoredFolders.Contains))
            .ToList();

        return projects.Where(p => NameEndsWith(p, "UnitTests"))
            .OrderBy(Path.GetFileName, StringComparer.Ordinal)
            .Concat(projects.Where(p => NameEndsWith(p, "IntegrationTests"))
                .OrderBy(Path.GetFileName, StringComparer.Ordinal))
            .ToList();
    }

    private static bool NameEndsWith(string path, string suffix) =>
        Path.GetFileNameWithoutExtension(path).EndsWith(suffix, StringComparison.Ordinal);
}
