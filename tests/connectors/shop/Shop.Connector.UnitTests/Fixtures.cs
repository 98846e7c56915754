using System.Text.Json;
using Hub.Mapping;
using Shop.Connector.Inbound;

namespace Shop.Connector.UnitTests;

/// <summary>Documented example payloads stored as files, and the connector's own mapping files.</summary>
internal static class Fixtures
{
    /// <summary>Shopify's documented orders/create example payload (Admin API 2024-10 shape), byte for byte.</summary>
    public static byte[] OrdersCreateBytes() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "orders-create.json"));

    /// <summary>A customers/update webhook body written after Shopify's documented example, with non-ASCII names as raw UTF-8.</summary>
    public static byte[] CustomersUpdateBytes() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "customers-update.json"));

    public static Dictionary<string, object?> OrdersCreate()
    {
        using var document = JsonDocument.Parse(OrdersCreateBytes());
        return JsonRecord.ToDictionary(document.RootElement);
    }

    public static MappingCatalog Mappings() => MappingCatalog.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "Mapping"));
}
