using Hub.Build.UnitTests.Layering;

namespace Hub.Build.UnitTests;

/// <summary>
/// The repository's own projects against <see cref="LayerRules"/>. The connectors' assemblies are built before this
/// project (ReferenceOutputAssembly="false" references in the csproj), so the assembly check never reads stale output.
/// </summary>
public sealed class LayeringTests
{
    private static readonly string Root = RepoLayout.FindRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("repository root not found above the test binaries");

    private static readonly ProjectGraph Repository = ProjectGraph.Load(Root);

    [Fact]
    public void Projects_FollowTheLayers()
    {
        // Joined, so the failure lists every violation rather than the first.
        string.Join(Environment.NewLine, LayerChecker.Check(Repository, LayerRules.All)).Should().BeEmpty();
    }

    [Fact]
    public void Services_ReferenceOnlyTheRolesBelowTheirOwn()
    {
        Repository.Projects.Values.Where(p => p.Folder == "services").Select(p => p.Role).Distinct().Should()
            .BeEquivalentTo(RoleRules.MayReference.Keys, "every services project lives in a role folder, and each role has projects");
        string.Join(Environment.NewLine, RoleRules.Check(Repository)).Should().BeEmpty();
    }

    [Fact]
    public void SourceFiles_EachBelongsToAProject()
    {
        // A .cs file with no csproj above it compiles into nothing: a test that never runs, code that never ships
        // (a merge across the role move can leave one behind in a folder that no longer holds a project).
        var orphans = new[] { "services", "tests" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(file => !HasProjectAbove(file))
            .Select(file => Path.GetRelativePath(Root, file))
            .ToList();

        orphans.Should().BeEmpty();
    }

    [Fact]
    public void Projects_GraphIsRead_RulesHaveSomethingToCheck()
    {
        // Guards the test above against passing on an empty or misread graph.
        Repository.FindPath("Hub.DevHost", r => r == LayerRules.DevStack).Should().Equal("Hub.DevHost", "Hub.DevStack");
        Repository.FindPath("Crm.Connector", r => r == LayerRules.ConfluentKafka).Should().NotBeNull("the kit links Confluent.Kafka");
        Repository.Projects.Values.Where(LayerRules.IsConnector).Select(p => p.Name).Should()
            .Contain(["Crm.Connector", "Shop.Connector", "Erp.Connector", "Accounting.Connector", "Legacy.Connector"]);
        foreach (var rule in LayerRules.All)
        {
            Repository.Projects.Values.Should().Contain(p => rule.AppliesTo(p), $"rule \"{rule.Name}\" should apply to some project");
        }
    }

    [Fact]
    public void ConnectorAssemblies_DoNotUseConfluentTypes()
    {
        var references = Repository.Projects.Values.Where(LayerRules.IsConnector)
            .ToDictionary(p => p.Name, p => AssemblyReferences.Read(ConnectorAssembly(p)));

        references.Should().NotBeEmpty();
        references.Values.Should().OnlyContain(r => r.Contains("Hub.Messaging.Abstractions"), "a connector uses the kit, so the read is real");
        string.Join(Environment.NewLine, LayerChecker.CheckConnectorAssemblies(references)).Should().BeEmpty();
    }

    private static bool HasProjectAbove(string file)
    {
        for (var dir = Path.GetDirectoryName(file); dir is not null && dir.Length > Root.Length; dir = Path.GetDirectoryName(dir))
        {
            if (Directory.EnumerateFiles(dir, "*.csproj").Any())
            {
                return true;
            }
        }

        return false;
    }

    private static string ConnectorAssembly(ProjectNode project)
    {
        // artifacts/bin/<project>/<configuration>/: the same configuration as this test's own output.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Name;
        var path = Path.Combine(Root, "artifacts", "bin", project.Name, configuration, project.AssemblyName + ".dll");
        File.Exists(path).Should().BeTrue($"{path} should have been built before the layering test (see Hub.Build.UnitTests.csproj)");
        return path;
    }
}
