using System.Globalization;
using System.Text.Json.Nodes;

namespace Shop.Sandbox.Store;

/// <summary>
/// Builds a Shopify order object from an order create request: line items resolved against the catalogue by
/// variant_id or sku, totals computed (price × quantity, plus the given tax and shipping lines), name "#&lt;number&gt;".
/// </summary>
public static class OrderFactory
{
    public static JsonObject Create(long id, int number, JsonObject input, JsonObject? customer, ShopStore store, string now)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(store);
        var currency = (string?)input["currency"] ?? "GBP";
        var lines = new JsonArray();
        var subtotal = 0m;
        foreach (var item in input["line_items"]!.AsArray().OfType<JsonObject>())
        {
            var variant = item["sku"] is { } sku ? store.FindVariantBySku((string)sku!) : null;
            var price = Amount(item["price"]) ?? Amount(variant?["price"]) ?? 0m;
            var quantity = (int?)item["quantity"] ?? 1;
            subtotal += price * quantity;
            lines.Add(new JsonObject
            {
                ["id"] = 0,
                ["variant_id"] = item["variant_id"]?.DeepClone() ?? variant?["id"]?.DeepClone(),
                ["product_id"] = variant?["product_id"]?.DeepClone(),
                ["title"] = item["title"]?.DeepClone() ?? "Item",
                ["name"] = item["title"]?.DeepClone() ?? "Item",
                ["sku"] = item["sku"]?.DeepClone() ?? variant?["sku"]?.DeepClone(),
                ["quantity"] = quantity,
                ["price"] = Text(price),
                ["total_discount"] = "0.00",
                ["taxable"] = true,
                ["requires_shipping"] = true,
                ["tax_lines"] = item["tax_lines"]?.DeepClone() ?? new JsonArray(),
            });
        }

        var tax = Sum(input["tax_lines"]) + lines.OfType<JsonObject>().Sum(l => Sum(l["tax_lines"]));
        var shipping = Sum(input["shipping_lines"]);
        return new JsonObject
        {
            ["id"] = id,
            ["admin_graphql_api_id"] = $"gid://shopify/Order/{id}",
            ["name"] = $"#{number}",
            ["order_number"] = number,
            ["email"] = input["email"]?.DeepClone() ?? customer?["email"]?.DeepClone(),
            ["created_at"] = now,
            ["updated_at"] = now,
            ["processed_at"] = now,
            ["currency"] = currency,
            ["presentment_currency"] = currency,
            ["financial_status"] = input["financial_status"]?.DeepClone() ?? "paid",
            ["fulfillment_status"] = null,
            ["taxes_included"] = false,
            ["source_name"] = input["source_name"]?.DeepClone() ?? "web",
            ["subtotal_price"] = Text(subtotal),
            ["total_tax"] = Text(tax),
            ["total_shipping_price_set"] = new JsonObject
            {
                ["shop_money"] = new JsonObject { ["amount"] = Text(shipping), ["currency_code"] = currency },
            },
            ["total_price"] = Text(subtotal + tax + shipping),
            ["customer"] = customer?.DeepClone(),
            ["line_items"] = lines,
            ["tax_lines"] = input["tax_lines"]?.DeepClone() ?? new JsonArray(),
            ["shipping_lines"] = input["shipping_lines"]?.DeepClone() ?? new JsonArray(),
            ["billing_address"] = input["billing_address"]?.DeepClone(),
            ["shipping_address"] = input["shipping_address"]?.DeepClone(),
        };
    }

    private static decimal Sum(JsonNode? lines) =>
        (lines as JsonArray)?.OfType<JsonObject>().Sum(l => Amount(l["price"]) ?? 0m) ?? 0m;

    private static decimal? Amount(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) && decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
        JsonValue v when v.TryGetValue<decimal>(out var d) => d,
        _ => null,
    };

    private static string Text(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
