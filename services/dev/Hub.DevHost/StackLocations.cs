using Hub.DevStack;
using Hub.Topics;

namespace Hub.DevHost;

/// <summary>Finds the topics file and the state directory relative to the repository.</summary>
internal static class StackLocations
{
    public static string TopicsFile(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        // The current directory first (a developer inside the repo), then the binary's location (dotnet path/to/dll).
        return TopicCatalog.FindFile(Directory.GetCurrentDirectory())
            ?? TopicCatalog.FindFile(AppContext.BaseDirectory)
            ?? throw new FileNotFoundException(
                $"No {TopicCatalog.DefaultRelativePath} above {Directory.GetCurrentDirectory()}; pass --topics <path>.");
    }

    public static string StateDirectory(string? configured) =>
        !string.IsNullOrWhiteSpace(configured)
            ? Path.GetFullPath(configured)
            : Path.Combine(RepositoryRoot() ?? Directory.GetCurrentDirectory(), DevStackStateFile.DefaultDirectoryName);

    private static string? RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "global.json")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
