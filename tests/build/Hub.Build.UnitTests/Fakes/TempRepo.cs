namespace Hub.Build.UnitTests.Fakes;

/// <summary>A throwaway repository layout on disk, with a context wired to fakes, deleted after the test.</summary>
public sealed class TempRepo : IDisposable
{
    private readonly List<string> _projects = [];

    public TempRepo()
    {
        Root = Directory.CreateTempSubdirectory("hub-build-test-").FullName;
        Write("global.json", "{}");
        Write("build/Build.csproj", "<Project />");
        Context = new BuildContext(new RepoLayout(Root), Runner, Host, Out, Error, TimeProvider.System);
    }

    public string Root { get; }

    public FakeProcessRunner Runner { get; } = new();

    public FakeHost Host { get; } = new();

    public StringWriter Out { get; } = new();

    public StringWriter Error { get; } = new();

    public BuildContext Context { get; }

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public void Write(string relative, string content)
    {
        var full = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }

    /// <summary>Creates the project file and lists it in Hub.slnx, as the lead would.</summary>
    public void AddProject(string relativeCsproj, bool inSolution = true)
    {
        Write(relativeCsproj, "<Project />");
        if (inSolution)
        {
            _projects.Add(relativeCsproj);
        }

        Write("Hub.slnx", $"<Solution>{string.Concat(_projects.Select(p => $"<Project Path=\"{p}\" />"))}</Solution>");
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
