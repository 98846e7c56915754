using System.Text.Json;
using Crm.Connector.Api;
using Crm.Connector.Inbound;
using Hub.Mapping;

namespace Crm.Connector.UnitTests;

/// <summary>Fixture files (documented example payloads and contacts) and the connector's mappings as built.</summary>
internal static class Fixtures
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static MappingCatalog Mappings { get; } = MappingCatalog.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "Mapping"));

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static CrmContact Contact(string name) => JsonSerializer.Deserialize<CrmContact>(Bytes(name), Json)!;

    public static List<HubSpotEvent> Events(string name) => JsonSerializer.Deserialize<List<HubSpotEvent>>(Bytes(name), Json)!;
}
