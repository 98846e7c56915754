using Hub.Sandboxes;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crm.Sandbox.Contacts;

/// <summary>
/// Makes the CRM API's answers look like HubSpot's: every /crm answer carries the X-HubSpot-RateLimit-* headers;
/// the kit's fault answers ({"error": "...", "status": n}) become HubSpot's error body, and a 429 is HubSpot's
/// ({"status":"error","message":"You have reached your ten_secondly_rolling limit.","errorType":"RATE_LIMIT",
/// "correlationId":...,"policyName":"TEN_SECONDLY_ROLLING"}) with no Retry-After, as HubSpot sends none.
/// </summary>
public sealed class HubSpotFaultShapeMiddleware(RequestDelegate next, HubSpotRateLimits limits)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/crm"))
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

        var status = context.Response.StatusCode;
        limits.Report(context.Response.Headers, limited: status == StatusCodes.Status429TooManyRequests);
        var bytes = buffer.ToArray();
        if (status >= 429 && KitFaultAnswer.TryRead(bytes, out var message))
        {
            context.Response.Headers.Remove("Retry-After");
            bytes = JsonSerializer.SerializeToUtf8Bytes(status == StatusCodes.Status429TooManyRequests ? RateLimited() : ServerError(message));
            context.Response.ContentLength = bytes.Length;
        }

        if (bytes.Length > 0 && !context.RequestAborted.IsCancellationRequested)
        {
            await original.WriteAsync(bytes, context.RequestAborted);
        }
    }

    private static JsonObject RateLimited() => new()
    {
        ["status"] = "error",
        ["message"] = "You have reached your ten_secondly_rolling limit.",
        ["errorType"] = "RATE_LIMIT",
        ["correlationId"] = Guid.NewGuid().ToString(),
        ["policyName"] = "TEN_SECONDLY_ROLLING",
    };

    private static JsonObject ServerError(string message) => new()
    {
        ["status"] = "error",
        ["message"] = message,
        ["correlationId"] = Guid.NewGuid().ToString(),
        ["category"] = "INTERNAL_ERROR",
    };
}
