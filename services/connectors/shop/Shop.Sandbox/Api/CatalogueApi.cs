using System.Text.Json.Nodes;
using Shop.Sandbox.Store;

namespace Shop.Sandbox.Api;

internal static class CatalogueApi
{
    /// <summary>GET/POST products.json (variants carry sku and inventory_item_id), GET locations.json.</summary>
    public static void MapCatalogue(this RouteGroupBuilder api)
    {
        api.MapGet("/products.json", (ShopStore store) =>
            Results.Json(new JsonObject { ["products"] = new JsonArray([.. store.Products().Select(p => p.DeepClone())]) }));
        api.MapPost("/products.json", (JsonObject? body, ShopStore store) =>
        {
            if (body?["product"] is not JsonObject input || string.IsNullOrWhiteSpace((string?)input["title"]))
            {
                return ShopifyErrors.Unprocessable("title", "can't be blank");
            }

            var variants = (input["variants"] as JsonArray)?.OfType<JsonObject>()
                .Select(v => ((string?)v["sku"] ?? "", (string?)v["price"] ?? "0.00", (int?)v["inventory_quantity"] ?? 0))
                .ToList() ?? [];
            var product = store.AddProduct((string)input["title"]!, variants.Count > 0 ? variants : [("", "0.00", 0)]);
            return Results.Json(new JsonObject { ["product"] = product.DeepClone() }, statusCode: 201);
        });
        api.MapGet("/locations.json", (ShopStore store) =>
            Results.Json(new JsonObject { ["locations"] = new JsonArray(store.Location.DeepClone()) }));
    }
}
