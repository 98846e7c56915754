using System.Text.Json.Nodes;

namespace Shop.Sandbox.Store;

/// <summary>A Shopify customer object from the fields a caller gave (POST customers.json, or the customer of a new order).</summary>
public static class CustomerFactory
{
    public static JsonObject Create(long id, JsonObject input, string now)
    {
        ArgumentNullException.ThrowIfNull(input);
        var address = input["default_address"]?.DeepClone() as JsonObject
            ?? (input["addresses"] as JsonArray)?.FirstOrDefault()?.DeepClone() as JsonObject;
        var customer = new JsonObject
        {
            ["id"] = id,
            ["email"] = input["email"]?.DeepClone(),
            ["created_at"] = now,
            ["updated_at"] = now,
            ["first_name"] = input["first_name"]?.DeepClone(),
            ["last_name"] = input["last_name"]?.DeepClone(),
            ["orders_count"] = 0,
            ["state"] = "enabled",
            ["total_spent"] = "0.00",
            ["note"] = input["note"]?.DeepClone(),
            ["verified_email"] = true,
            ["tax_exempt"] = false,
            ["tags"] = input["tags"]?.DeepClone() ?? "",
            ["currency"] = input["currency"]?.DeepClone() ?? "GBP",
            ["phone"] = input["phone"]?.DeepClone(),
            ["email_marketing_consent"] = input["email_marketing_consent"]?.DeepClone(),
        };
        if (address is not null)
        {
            address["default"] = true;
            customer["default_address"] = address;
            customer["addresses"] = new JsonArray(address.DeepClone());
        }

        return customer;
    }
}
