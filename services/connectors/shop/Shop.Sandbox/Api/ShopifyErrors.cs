using System.Text.Json.Nodes;

namespace Shop.Sandbox.Api;

/// <summary>Error answers shaped as Shopify's Admin REST API gives them: a JSON object with "errors".</summary>
public static class ShopifyErrors
{
    public static IResult Unauthorized() =>
        Results.Json(new JsonObject { ["errors"] = "[API] Invalid API key or access token (unrecognized login or wrong password)" }, statusCode: 401);

    public static IResult NotFound() => Results.Json(new JsonObject { ["errors"] = "Not Found" }, statusCode: 404);

    public static IResult MissingParameter(string name) =>
        Results.Json(new JsonObject { ["errors"] = new JsonObject { [name] = "Required parameter missing or invalid" } }, statusCode: 400);

    /// <summary>422 with per-field messages: {"errors": {"field": ["message"]}}.</summary>
    public static IResult Unprocessable(string field, string message) =>
        Results.Json(new JsonObject { ["errors"] = new JsonObject { [field] = new JsonArray(message) } }, statusCode: 422);
}
