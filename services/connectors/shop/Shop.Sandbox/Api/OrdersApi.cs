using System.Text.Json.Nodes;
using Shop.Sandbox.Store;
using Shop.Sandbox.Webhooks;

namespace Shop.Sandbox.Api;

internal static class OrdersApi
{
    /// <summary>
    /// POST orders.json places an order (the customer is found by id or email, or created silently, as Shopify does
    /// for a checkout) and sends orders/create; GET orders.json and orders/{id}.json read them back.
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
        api.MapGet("/orders.json", (ShopStore store) =>
            Results.Json(new JsonObject { ["orders"] = new JsonArray([.. store.Orders().Select(o => o.DeepClone())]) }));
        api.MapGet("/orders/{id:long}.json", (long id, ShopStore store) =>
            store.Orders().FirstOrDefault(o => (long)o["id"]! == id) is { } order
                ? Results.Json(new JsonObject { ["order"] = order.DeepClone() })
                : ShopifyErrors.NotFound());
    }
}
