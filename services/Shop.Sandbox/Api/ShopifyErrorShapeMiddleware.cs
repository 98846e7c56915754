using System.Text.Json;
using System.Text.Json.Nodes;

namespace Shop.Sandbox.Api;

/// <summary>
/// Rewrites the kit's fault answers ({"error": "...", "status": n}) on /admin paths into Shopify's {"errors": "..."},
/// so 429 and 5xx from the fault switches look like the real API's (the Retry-After header is left as it is).
/// </summary>
public sealed class ShopifyErrorShapeMiddleware(RequestDelegate next)
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

        var bytes = buffer.ToArray();
        if (context.Response.StatusCode >= 400 && TryKitError(bytes, out var message))
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

    private static bool TryKitError(byte[] body, out string message)
    {
        message = "";
        try
        {
            if (JsonNode.Parse(body) is JsonObject { Count: 2 } o && o["error"] is JsonValue error && o["status"] is not null)
            {
                message = error.ToString();
                return true;
            }
        }
        catch (JsonException)
        {
        }

        return false;
    }
}
