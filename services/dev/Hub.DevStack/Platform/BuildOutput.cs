namespace Hub.DevStack;

/// <summary>
/// Where the built services are: a program of the build runs from artifacts/bin/&lt;Program&gt;/&lt;configuration&gt;/,
/// and every other project of the same build sits next to it (artifacts/bin/&lt;Project&gt;/&lt;configuration&gt;/&lt;Project&gt;.dll).
/// </summary>
public sealed record BuildOutput(string Binaries, string Configuration, string TopicsFile)
{
    public static BuildOutput OfThisProgram()
    {
        var own = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var binaries = own.Parent?.Parent ?? throw new DirectoryNotFoundException($"{own.FullName} is not inside artifacts/bin.");
        var topics = Hub.Topics.TopicCatalog.FindFile(own.FullName)
            ?? throw new FileNotFoundException($"No {Hub.Topics.TopicCatalog.DefaultRelativePath} above {own.FullName}.");
        return new BuildOutput(binaries.FullName, own.Name, topics);
    }

    public string Dll(string project) => Path.Combine(Binaries, project, Configuration, project + ".dll");
}
