using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Hub.Connectors.Webhooks;

/// <summary>The answers every webhook endpoint shares, so each sender sees the same shape for the same situation.</summary>
public static class WebhookResults
{
    /// <summary>503 with Retry-After (seconds) and a JSON reason: both Shopify and HubSpot retry such an answer.</summary>
    public static IResult RetryLater(string reason, TimeSpan? retryAfter = null) => new RefusalResult(StatusCodes.Status503ServiceUnavailable, reason, retryAfter ?? TimeSpan.FromSeconds(1));

    /// <summary>Any status with a JSON reason and, when given, Retry-After.</summary>
    public static IResult Refuse(int status, string reason, TimeSpan? retryAfter = null) => new RefusalResult(status, reason, retryAfter);

    /// <summary>Writes the Retry-After header in whole seconds, at least one.</summary>
    public static void SetRetryAfter(HttpResponse response, TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.RetryAfter = Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
    }

    private sealed class RefusalResult(int status, string reason, TimeSpan? retryAfter) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            if (retryAfter is { } delay)
            {
                SetRetryAfter(httpContext.Response, delay);
            }

            return Results.Json(new { error = reason }, statusCode: status).ExecuteAsync(httpContext);
        }
    }
}
