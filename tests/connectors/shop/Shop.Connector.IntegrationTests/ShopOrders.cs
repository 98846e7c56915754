using System.Text.Json.Nodes;

namespace Shop.Connector.IntegrationTests;

/// <summary>Order create requests for the sandbox, as a storefront checkout would make them.</summary>
internal static class ShopOrders
{
    public static string NewEmail() => $"ada.{Guid.NewGuid():N}@example.com";

    public static JsonObject Create(string email, string sku = "MUG-BLUE", string? company = null, JsonObject? customer = null)
    {
        var address = new JsonObject
        {
            ["first_name"] = "Ada", ["last_name"] = "Lovelace", ["company"] = company, ["address1"] = "12 Analytical Row",
            ["city"] = "London", ["zip"] = "EC1A 1BB", ["country"] = "United Kingdom", ["country_code"] = "GB",
        };
        return new JsonObject
        {
            ["email"] = email,
            ["currency"] = "GBP",
            ["customer"] = customer ?? new JsonObject { ["first_name"] = "Ada", ["last_name"] = "Lovelace", ["email"] = email },
            ["billing_address"] = address,
            ["shipping_address"] = address.DeepClone(),
            ["line_items"] = new JsonArray(new JsonObject
            {
                ["sku"] = sku, ["title"] = "Blue mug", ["quantity"] = 2, ["price"] = "9.50",
                ["tax_lines"] = new JsonArray(new JsonObject { ["title"] = "VAT", ["rate"] = 0.2, ["price"] = "3.80" }),
            }),
            ["shipping_lines"] = new JsonArray(new JsonObject { ["title"] = "Standard", ["price"] = "4.99" }),
        };
    }

    public static string Id(JsonNode? node) => node!.ToJsonString().Trim('"');
}
