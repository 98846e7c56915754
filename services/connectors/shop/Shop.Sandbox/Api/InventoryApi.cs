using System.Globalization;
using System.Text.Json.Nodes;
using Shop.Sandbox.Store;

namespace Shop.Sandbox.Api;

internal static class InventoryApi
{
    /// <summary>POST inventory_levels/set.json (absolute level) and GET inventory_levels.json?inventory_item_ids=..&amp;location_ids=..</summary>
    public static void MapInventory(this RouteGroupBuilder api)
    {
        api.MapPost("/inventory_levels/set.json", (JsonObject? body, ShopStore store) =>
        {
            if (body is null || Long(body["inventory_item_id"]) is not { } itemId)
            {
                return ShopifyErrors.MissingParameter("inventory_item_id");
            }

            if (Long(body["location_id"]) is not { } locationId)
            {
                return ShopifyErrors.MissingParameter("location_id");
            }

            if (body["available"] is not JsonValue availableValue || !availableValue.TryGetValue<int>(out var available))
            {
                return ShopifyErrors.MissingParameter("available");
            }

            if (locationId != store.LocationId || !store.IsKnownInventoryItem(itemId))
            {
                return ShopifyErrors.NotFound();
            }

            return Results.Json(new JsonObject { ["inventory_level"] = store.SetLevel(itemId, locationId, available).DeepClone() });
        });
        api.MapGet("/inventory_levels.json", (string? inventory_item_ids, string? location_ids, ShopStore store) =>
        {
            if (string.IsNullOrWhiteSpace(inventory_item_ids) && string.IsNullOrWhiteSpace(location_ids))
            {
                return Results.Json(new JsonObject { ["errors"] = "inventory_item_ids, location_ids, or both are required" }, statusCode: 422);
            }

            var levels = store.Levels(Ids(inventory_item_ids), Ids(location_ids));
            return Results.Json(new JsonObject { ["inventory_levels"] = new JsonArray([.. levels]) });
        });
    }

    private static long? Long(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v when v.TryGetValue<string>(out var s) && long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var l) => l,
        _ => null,
    };

    private static List<long> Ids(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1).ToList();
}
