using System.Text.Json.Nodes;
using Hub.Deploy.UnitTests.Support;
using Hub.Testing;

namespace Hub.Deploy.UnitTests;

public sealed class ValuesSchemaTests
{
    private static readonly string Chart = RepositoryRoot.Combine("helm", "hub");

    private static JsonSchemaValidator Validator() =>
        new((JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(Chart, "values.schema.json")))!);

    private static JsonObject Values() => (JsonObject)YamlToJson.Load(Path.Combine(Chart, "values.yaml"))!;

    [Fact]
    public void Validate_ChartDefaultValues_NoErrors()
    {
        Validator().Validate(Values()).Should().BeEmpty();
    }

    [Fact]
    public void Validate_EveryConnectorOfThePlatform_IsDeclaredWithItsOwnSecretsList()
    {
        var connectors = Values()["connectors"]!.AsObject();

        // Every system the dev host starts (services/**/devhost.yaml, connector "<name>-connector") is deployable.
        var platform = Directory.GetFiles(RepositoryRoot.Combine("services"), "devhost.yaml", SearchOption.AllDirectories)
            .Select(f => YamlToJson.Load(f)!["connector"]!["name"]!.GetValue<string>()).Select(n => n[..^"-connector".Length]);
        connectors.Select(c => c.Key).Should().Contain(["crm", "shop", "erp", "accounting", "legacy"]).And.BeEquivalentTo(platform);
        foreach (var (name, _) in connectors)
        {
            Validator().Validate(Values()).Should().NotContain(e => e.Contains($"unknown property '{name}'", StringComparison.Ordinal), $"values.schema.json must list {name}");
        }
    }

    [Theory]
    [InlineData("connectors.crm.replicas", "\"two\"", "expected integer")]
    [InlineData("connectors.crm.replicas", "-1", "below 0")]
    [InlineData("telemetry.sampler", "\"sometimes\"", "is not one of")]
    [InlineData("telemetry.samplerArg", "\"1.5\"", "does not match")]
    [InlineData("image.pullPolicy", "\"Sometimes\"", "is not one of")]
    [InlineData("connectors.billing", "{}", "unknown property 'billing'")]
    [InlineData("connectors.crm.secrets", "[{\"name\": \"crm-api-key\"}]", "'secretName' is required")]
    [InlineData("dapr.enabled", "\"yes\"", "expected boolean")]
    [InlineData("kafka.groupProtocol", "\"kip848\"", "is not one of")]
    public void Validate_BrokenValue_ReportsIt(string path, string json, string expected)
    {
        var values = Values();
        Set(values, path, JsonNode.Parse(json));

        Validator().Validate(values).Should().Contain(e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MissingKafkaSection_ReportsRequired()
    {
        var values = Values();
        values.Remove("kafka");

        Validator().Validate(values).Should().Contain("$: 'kafka' is required");
    }

    private static void Set(JsonObject root, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var parent = parts[..^1].Aggregate((JsonNode)root, (node, part) => node[part]!);
        parent[parts[^1]] = value;
    }
}
