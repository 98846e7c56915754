using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Hub.Connectors.Hosting;

namespace Crm.Connector.Api;

/// <summary>
/// Reads HubSpot's error answers: <c>{"status":"error","message":…,"category":"VALIDATION_ERROR","correlationId":…}</c>.
/// A refusal is dead-lettered with reason "hubspot-&lt;category&gt;" and HubSpot's message and correlation id (what
/// HubSpot support asks for). A 429 (<c>"errorType":"RATE_LIMIT"</c>, <c>policyName</c>) carries no Retry-After, so
/// the wait comes from the policy: the rolling window's length (X-HubSpot-RateLimit-Interval-Milliseconds, else ten
/// seconds), one second for SECONDLY, or until midnight UTC for DAILY (bounded by the kit's ceiling).
/// </summary>
public sealed class HubSpotErrors : IExternalApiErrors
{
    private static readonly TimeSpan DefaultWindow = TimeSpan.FromSeconds(10);

    public Exception Classify(ExternalApiAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var error = HubSpotError.Parse(answer.Body);
        if (answer.Status == HttpStatusCode.TooManyRequests)
        {
            var wait = answer.RetryAfter ?? Wait(error?.PolicyName, answer.Headers, answer.Time);
            return answer.Unavailable($"HubSpot rate limit hit: {error?.PolicyName ?? "unknown policy"}. {error?.Describe() ?? answer.Body}", wait);
        }

        var detail = error?.Describe() ?? answer.Body;
        return HttpStatusErrors.IsTemporary(answer.Status) ? answer.Unavailable(detail)
            : HttpStatusErrors.IsAuthFailure(answer.Status) ? answer.AuthFailed(detail)
            : answer.Rejected(detail, error?.Category is { Length: > 0 } category ? $"hubspot-{category}" : null);
    }

    private static TimeSpan Wait(string? policy, HttpResponseHeaders headers, TimeProvider time)
    {
        if (policy == "DAILY" || Header(headers, "X-HubSpot-RateLimit-Daily-Remaining") == 0)
        {
            var now = time.GetUtcNow().UtcDateTime;
            return Min(now.Date.AddDays(1) - now, RetryAfterHeader.Ceiling);
        }

        if (policy == "SECONDLY")
        {
            return TimeSpan.FromSeconds(1);
        }

        var window = Header(headers, "X-HubSpot-RateLimit-Interval-Milliseconds") is { } ms and > 0 ? TimeSpan.FromMilliseconds(ms) : DefaultWindow;
        return Min(TimeSpan.FromSeconds(Math.Ceiling(window.TotalSeconds)), RetryAfterHeader.Ceiling);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static long? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The members of HubSpot's error body the connector uses.</summary>
    private sealed record HubSpotError(string? Message, string? Category, string? CorrelationId, string? PolicyName)
    {
        public static HubSpotError? Parse(string body)
        {
            try
            {
                using var json = JsonDocument.Parse(body);
                var root = json.RootElement;
                return root.ValueKind == JsonValueKind.Object
                    ? new HubSpotError(Text(root, "message"), Text(root, "category") ?? Text(root, "errorType"), Text(root, "correlationId"), Text(root, "policyName"))
                    : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        public string Describe() =>
            $"{Category ?? "error"}: {Message ?? "no message"}{(CorrelationId is null ? "" : $" (correlationId {CorrelationId})")}";

        private static string? Text(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
