using System.Text.Json.Nodes;
using Shop.Sandbox.Webhooks;

namespace Shop.Sandbox.Api;

internal static class CustomersApi
{
    /// <summary>POST customers.json (sends customers/create), GET customers.json, PUT customers/{id}.json.</summary>
    public static void MapCustomers(this RouteGroupBuilder api)
    {
        api.MapPost("/customers.json", (JsonObject? body, Store.ShopStore store, ShopWebhooks webhooks) =>
        {
            if (body?["customer"] is not JsonObject input)
            {
                return ShopifyErrors.MissingParameter("customer");
            }

            if (string.IsNullOrWhiteSpace((string?)input["email"]) && string.IsNullOrWhiteSpace((string?)input["phone"]))
            {
                return ShopifyErrors.Unprocessable("email", "can't be blank");
            }

            var (customer, created) = store.FindOrAddCustomer(input);
            if (!created)
            {
                return ShopifyErrors.Unprocessable("email", "has already been taken");
            }

            webhooks.Send(ShopWebhooks.CustomersCreate, customer);
            return Results.Json(new JsonObject { ["customer"] = customer.DeepClone() }, statusCode: 201);
        });
        api.MapGet("/customers.json", (Store.ShopStore store) =>
            Results.Json(new JsonObject { ["customers"] = new JsonArray([.. store.Customers().Select(c => c.DeepClone())]) }));
        api.MapPut("/customers/{id:long}.json", (long id, JsonObject? body, Store.ShopStore store) =>
        {
            if (body?["customer"] is not JsonObject changes)
            {
                return ShopifyErrors.MissingParameter("customer");
            }

            return store.UpdateCustomer(id, changes) is { } customer
                ? Results.Json(new JsonObject { ["customer"] = customer.DeepClone() })
                : ShopifyErrors.NotFound();
        });
    }
}
