using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Sandboxes;

namespace Shop.Sandbox.Api;

/// <summary>
/// Makes /admin answers look like Shopify's REST Admin API: the kit's fault answers ({"error": "...", "status": n})
/// become Shopify's {"errors": "..."}; Retry-After is sent as Shopify sends it, seconds with a fraction
/// (<c>Retry-After: 2.0</c>); every answer carries <c>X-Shopify-Shop-Api-Call-Limit</c> (full, 40/40, on a 429).
/// </summary>
public sealed class ShopifyErrorShapeMiddleware(RequestDelegate next, ShopifyCallBucket bucket) : VendorAnswerMiddleware(next, "/admin")
{
    protected override byte[] Reshape(HttpContext context, byte[] body)
    {
        var callLimit = bucket.Take();
        var status = context.Response.StatusCode;
        context.Response.Headers["X-Shopify-Shop-Api-Call-Limit"] = status == StatusCodes.Status429TooManyRequests
            ? $"{ShopifyCallBucket.Capacity}/{ShopifyCallBucket.Capacity}"
            : callLimit;
        if (int.TryParse(context.Response.Headers.RetryAfter, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
        {
            context.Response.Headers.RetryAfter = $"{seconds}.0";
        }

        return status >= 400 && KitFaultAnswer.TryRead(body, out var message)
            ? JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["errors"] = Shopify(status, message) })
            : body;
    }

    private static string Shopify(int status, string message) => status == StatusCodes.Status429TooManyRequests
        ? "Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service."
        : message;
}
