using System.Text.Json.Nodes;
using Shop.Sandbox.Store;
using Shop.Sandbox.Webhooks;

namespace Shop.Sandbox.Api;

internal static class OrdersApi
{
    /// <summary>
    /// POST orders.json places an order (the customer is found by id or email, or created silently, as Shopify does
    /// for a checkout) and sends orders/create; GET orders.json (paged by since_id and limit) and orders/{id}.json read them back.
    /// </summary>
    public static void MapOrders(this RouteGroupBuilder api)
    {
        api.MapPost("/orders.json", (JsonObject? body, ShopStore store, ShopWebhooks webhooks) =>
        {
            if (body?["order"] is not JsonObject input)
            {
                return ShopifyErrors.MissingParameter("order");
            }

            if (input["line_items"] is not JsonArray { Count: > 0 })
            {
                return ShopifyErrors.Unprocessable("line_items", "must have at least one line item");
            }

            JsonObject? customer = null;
            var customerInput = input["customer"] as JsonObject ?? (input["email"] is null ? null : new JsonObject { ["email"] = input["email"]!.DeepClone() });
            if (customerInput is not null)
            {
                customerInput["email"] ??= input["email"]?.DeepClone();
                customerInput["default_address"] ??= input["billing_address"]?.DeepClone();
                customer = store.FindOrAddCustomer(customerInput).Customer;
            }

            var order = store.AddOrder((id, number) => OrderFactory.Create(id, number, input, customer, store, store.Now()));
            webhooks.Send(ShopWebhooks.OrdersCreate, order);
            return Results.Json(new JsonObject { ["order"] = order.DeepClone() }, statusCode: 201);
        });
        // Shopify's paging by id: since_id gives the orders after that id in id order, at most limit (default 50, at most 250).
        api.MapGet("/orders.json", (long? since_id, int? limit, ShopStore store) =>
        {
            if (limit is < 1 or > 250)
            {
                return ShopifyErrors.Unprocessable("limit", "must be between 1 and 250");
            }

            var orders = store.Orders().Where(o => since_id is not { } after || (long)o["id"]! > after).OrderBy(o => (long)o["id"]!).Take(limit ?? 50);
            return Results.Json(new JsonObject { ["orders"] = new JsonArray([.. orders.Select(o => o.DeepClone())]) });
        });
        api.MapGet("/orders/{id:long}.json", (long id, ShopStore store) =>
            store.Orders().FirstOrDefault(o => (long)o["id"]! == id) is { } order
                ? Results.Json(new JsonObject { ["order"] = order.DeepClone() })
                : ShopifyErrors.NotFound());
    }
}
