using Hub.Build.UnitTests.Fakes;
using Hub.Build.UnitTests.Layering;

namespace Hub.Build.UnitTests;

/// <summary>The rule checker on made-up graphs: each rule fails when broken, directly or through another project.</summary>
public sealed class LayerCheckerTests
{
    [Fact]
    public void Check_CliReferencesDevStack_NamesRuleAndChain()
    {
        var graph = Graph(Service("Hub.Cli", projects: ["Hub.DevStack"]), Service("Hub.DevStack", packages: ["Confluent.Kafka"]));

        LayerChecker.Check(graph, LayerRules.All).Should().ContainSingle()
            .Which.Should().StartWith("Hub.Cli breaks \"services, connectors, sandboxes and tools do not link the dev stack\": Hub.Cli -> Hub.DevStack");
    }

    [Fact]
    public void Check_ConnectorReachesDevStackThroughALibrary_ReportsTheWholeChain()
    {
        var graph = Graph(
            Service("Crm.Connector", projects: ["Hub.Connectors.Hosting"]),
            Service("Hub.Connectors.Hosting", projects: ["Hub.Helpers"]),
            Service("Hub.Helpers", projects: ["Hub.DevStack"]),
            Service("Hub.DevStack"));

        LayerChecker.Check(graph, LayerRules.All).Should().Contain(v => v.Contains("Crm.Connector -> Hub.Connectors.Hosting -> Hub.Helpers -> Hub.DevStack"));
    }

    [Fact]
    public void Check_SandboxReferencesDevStack_Violation()
    {
        var graph = Graph(Service("Crm.Sandbox", projects: ["Hub.DevStack"]), Service("Hub.DevStack"));

        LayerChecker.Check(graph, LayerRules.All).Should().ContainSingle().Which.Should().StartWith("Crm.Sandbox breaks");
    }

    [Theory]
    [InlineData("Hub.Connectors.Webhooks")]
    [InlineData("Shop.Connector")]
    public void Check_SandboxReferencesConnectorCode_Violation(string reference)
    {
        var graph = Graph(Service("Shop.Sandbox", projects: ["Hub.Sandboxes", reference]), Service("Hub.Sandboxes"), Service(reference));

        LayerChecker.Check(graph, LayerRules.All).Should().ContainSingle()
            .Which.Should().Contain($"Shop.Sandbox -> {reference}").And.Contain("sandboxes do not link connector code");
    }

    [Fact]
    public void Check_DevHostAndTestsReferenceDevStack_Allowed()
    {
        var graph = Graph(
            Service("Hub.DevHost", projects: ["Hub.DevStack"]),
            Service("Hub.DevStack", projects: ["Hub.DevStack.Abstractions"], packages: ["Confluent.Kafka"]),
            Service("Hub.DevStack.Abstractions"),
            new ProjectNode("Hub.Testing", "tests", "Hub.Testing", ["Hub.DevStack"], []));

        LayerChecker.Check(graph, LayerRules.All).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Confluent.Kafka")]
    [InlineData("Confluent.SchemaRegistry")]
    [InlineData("StackExchange.Redis")]
    public void Check_AbstractionsReachConfluentOrRedisPackage_Violation(string package)
    {
        var graph = Graph(Service("Hub.Messaging.Abstractions", projects: ["Hub.Util"]), Service("Hub.Util", packages: ["YamlDotNet", package]));

        LayerChecker.Check(graph, LayerRules.All).Should().ContainSingle()
            .Which.Should().Contain($"Hub.Messaging.Abstractions -> Hub.Util -> {package}").And.Contain("abstractions stay free of Confluent and Redis");
    }

    [Theory]
    [InlineData("Hub.Messaging.Kafka")]
    [InlineData("Hub.Connectors.Hosting")]
    public void Check_ObservabilityReachesKafka_Violation(string reference)
    {
        var graph = Graph(
            Service("Hub.Observability", projects: [reference]),
            Service("Hub.Connectors.Hosting", projects: ["Hub.Messaging.Kafka"]),
            Service("Hub.Messaging.Kafka", packages: ["Confluent.Kafka"]));

        LayerChecker.Check(graph, LayerRules.All).Should().ContainSingle().Which.Should().Contain("observability does not link Kafka");
    }

    [Fact]
    public void CheckConnectorAssemblies_ConfluentKafkaReference_NamesTheConnector()
    {
        var references = new Dictionary<string, IReadOnlyCollection<string>>
        {
            ["Crm.Connector"] = ["System.Runtime", "Hub.Messaging.Kafka", "Confluent.Kafka"],
            ["Shop.Connector"] = ["System.Runtime", "Hub.Messaging.Kafka"],
        };

        LayerChecker.CheckConnectorAssemblies(references).Should().ContainSingle().Which.Should().StartWith("Crm.Connector uses Confluent.Kafka types directly");
    }

    [Theory]
    [InlineData("platform", "kit")]
    [InlineData("kit", "connectors")]
    [InlineData("kit", "tools")]
    [InlineData("connectors", "dev")]
    [InlineData("tools", "dev")]
    public void RoleRules_ReferenceToAHigherRole_Violation(string role, string targetRole)
    {
        var graph = Graph(Service("Hub.Lower", role, projects: ["Hub.Higher"]), Service("Hub.Higher", targetRole));

        RoleRules.Check(graph).Should().ContainSingle().Which.Should().StartWith($"Hub.Lower ({role}) references Hub.Higher ({targetRole})");
    }

    [Fact]
    public void RoleRules_ToolsSeeDevStackAbstractions_ConnectorsOnlyTheirOwnSystem()
    {
        var graph = Graph(
            Service("Hub.Cli", "tools", projects: ["Hub.DevStack.Abstractions", "Hub.Topics"]),
            Service("Hub.DevStack.Abstractions", "dev"),
            Service("Hub.Topics", "platform"),
            Service("Shop.Connector", "connectors", projects: ["Shop.Shared"]),
            Service("Shop.Shared", "connectors"),
            Service("Crm.Connector", "connectors", projects: ["Shop.Shared"]));

        RoleRules.Check(graph).Should().ContainSingle().Which.Should().StartWith("Crm.Connector (connectors) references Shop.Shared (connectors)");
    }

    [Fact]
    public void RoleRules_ProjectOutsideARoleFolder_Named()
    {
        RoleRules.Check(Graph(Service("Hub.Loose", ""))).Should().ContainSingle().Which.Should().StartWith("Hub.Loose lives in services/");
    }

    [Fact]
    public void Parse_BuildOrderOnlyReference_NotALink()
    {
        using var repo = new TempRepo();
        repo.Write("Some.Tests.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><AssemblyName>some</AssemblyName></PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="..\services\Hub.Topics\Hub.Topics.csproj" />
                <ProjectReference Include="../services/dev/Hub.DevStack/Hub.DevStack.csproj" ReferenceOutputAssembly="false" />
                <PackageReference Include="YamlDotNet" />
              </ItemGroup>
            </Project>
            """);

        var node = ProjectGraph.Parse(repo.Path("Some.Tests.csproj"), "tests");

        node.Should().BeEquivalentTo(new ProjectNode("Some.Tests", "tests", "some", ["Hub.Topics"], ["YamlDotNet"]));
    }

    private static ProjectGraph Graph(params ProjectNode[] projects) => new(projects);

    private static ProjectNode Service(string name, string[]? projects = null, string[]? packages = null) =>
        new(name, "services", name, projects ?? [], packages ?? [], "platform");

    private static ProjectNode Service(string name, string role, string[]? projects = null) =>
        new(name, "services", name, projects ?? [], [], role);
}
