namespace Hub.Testing;

/// <summary>Finds the repository (the folder holding global.json) from wherever the tests run.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "global.json")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"No global.json above {AppContext.BaseDirectory} or {Directory.GetCurrentDirectory()}; run the tests from inside the repository.");
    }
}
