using System.Text.Json.Nodes;

namespace Erp.Connector.UnitTests;

/// <summary>Odoo's documented JSON-RPC examples, stored under Fixtures/.</summary>
public static class Fixture
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static JsonNode Json(string name) => JsonNode.Parse(Text(name))!;

    /// <summary>The connector's mapping files, as shipped in services/connectors/erp/Erp.Connector/Mapping.</summary>
    public static string Mappings() => Contracts("..", "services", "connectors", "erp", "Erp.Connector", "Mapping");

    /// <summary>The repository's contracts folder (mapping files, ownership.yaml), found above the test's output.</summary>
    public static string Contracts(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "global.json")))
            {
                return Path.Combine([dir.FullName, "contracts", .. parts]);
            }
        }

        throw new DirectoryNotFoundException("no repository above the test output");
    }
}
