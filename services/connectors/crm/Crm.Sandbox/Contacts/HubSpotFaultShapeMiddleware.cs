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
public sealed class HubSpotFaultShapeMiddleware(RequestDelegate next, HubSpotRateLimits limits) : VendorAnswerMiddleware(next, "/crm")
{
    protected override byte[] Reshape(HttpContext context, byte[] body)
    {
        var status = context.Response.StatusCode;
        limits.Report(context.Response.Headers, limited: status == StatusCodes.Status429TooManyRequests);
        if (status < 429 || !KitFaultAnswer.TryRead(body, out var message))
        {
            return body;
        }

        context.Response.Headers.Remove("Retry-After");
        return JsonSerializer.SerializeToUtf8Bytes(status == StatusCodes.Status429TooManyRequests ? RateLimited() : ServerError(message));
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
