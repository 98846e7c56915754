using Hub.Sandboxes;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Shop.Sandbox.Api;

/// <summary>
/// Makes /admin answers look like Shopify's REST Admin API: the kit's fault answers ({"error": "...", "status": n})
/// become Shopify's {"errors": "..."}; Retry-After is sent as Shopify sends it, seconds with a fraction
/// (<c>Retry-After: 2.0</c>); every answer carries <c>X-Shopify-Shop-Api-Call-Limit</c> (full, 40/40, on a 429).
/// </summary>
public sealed class ShopifyErrorShapeMiddleware(RequestDelegate next, ShopifyCallBucket bucket)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/admin"))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var callLimit = bucket.Take();
        context.Response.Headers["X-Shopify-Shop-Api-Call-Limit"] = context.Response.StatusCode == StatusCodes.Status429TooManyRequests
            ? $"{ShopifyCallBucket.Capacity}/{ShopifyCallBucket.Capacity}"
            : callLimit;
        if (int.TryParse(context.Response.Headers.RetryAfter, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
        {
            context.Response.Headers.RetryAfter = $"{seconds}.0";
        }

        var bytes = buffer.ToArray();
        if (context.Response.StatusCode >= 400 && KitFaultAnswer.TryRead(bytes, out var message))
        {
            bytes = JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["errors"] = Shopify(context.Response.StatusCode, message) });
            context.Response.ContentLength = bytes.Length;
        }

        if (bytes.Length > 0 && !context.RequestAborted.IsCancellationRequested)
        {
            await original.WriteAsync(bytes, context.RequestAborted);
        }
    }

    private static string Shopify(int status, string message) => status == StatusCodes.Status429TooManyRequests
        ? "Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service."
        : message;
}
