using Hub.Deploy.UnitTests.Support;
using Hub.Testing;

namespace Hub.Deploy.UnitTests;

/// <summary>deploy/compose cannot be started here (no Docker engine); its structure and mounted files are checked.</summary>
public sealed class ComposeTests
{
    private static readonly string Compose = RepositoryRoot.Combine("deploy", "compose");

    [Fact]
    public void Services_FullLocalStack_AreAllDeclared()
    {
        var services = YamlToJson.Load(Path.Combine(Compose, "compose.yaml"))!["services"]!.AsObject();

        services.Select(s => s.Key).Should().Contain(["kafka", "redis", "schema-registry", "jaeger", "prometheus", "grafana"]);
        services["kafka"]!["environment"]!["KAFKA_PROCESS_ROLES"]!.GetValue<string>().Should().Be("broker,controller", "Kafka runs in KRaft mode");
    }

    [Fact]
    public void Volumes_HostPaths_ExistInTheRepository()
    {
        var services = YamlToJson.Load(Path.Combine(Compose, "compose.yaml"))!["services"]!.AsObject();
        var hostPaths = services.SelectMany(s => s.Value!["volumes"]?.AsArray() ?? [])
            .Select(v => v!.GetValue<string>().Split(':')[0]).Where(p => p.StartsWith('.')).ToList();

        hostPaths.Should().NotBeEmpty();
        hostPaths.Should().OnlyContain(p => File.Exists(Path.Combine(Compose, p)) || Directory.Exists(Path.Combine(Compose, p)));
    }

    [Fact]
    public void Builds_DockerfileAndProjects_Exist()
    {
        var services = YamlToJson.Load(Path.Combine(Compose, "compose.yaml"))!["services"]!.AsObject();

        foreach (var build in services.Select(s => s.Value!["build"]).OfType<System.Text.Json.Nodes.JsonObject>())
        {
            var context = Path.GetFullPath(Path.Combine(Compose, build["context"]!.GetValue<string>()));
            File.Exists(Path.Combine(context, build["dockerfile"]!.GetValue<string>())).Should().BeTrue();
            Directory.Exists(Path.Combine(context, build["args"]!["PROJECT"]!.GetValue<string>())).Should().BeTrue();
        }
    }
}
