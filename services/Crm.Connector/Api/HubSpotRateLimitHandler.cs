using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Crm.Connector.Api;

/// <summary>
/// HubSpot answers a 429 without Retry-After: the limit hit is in the body's <c>policyName</c> (TEN_SECONDLY_ROLLING,
/// SECONDLY, DAILY) and its window in <c>X-HubSpot-RateLimit-Interval-Milliseconds</c>. This turns that into the
/// Retry-After the kit honours (the rolling window's length; one second; or until the daily allowance resets at
/// midnight, bounded by the kit's ceiling), so the connector waits as long as HubSpot needs, no less.
/// </summary>
public sealed class HubSpotRateLimitHandler(TimeProvider time) : DelegatingHandler
{
    private static readonly TimeSpan DefaultWindow = TimeSpan.FromSeconds(10);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.TooManyRequests || response.Headers.Contains("Retry-After"))
        {
            return response;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var policy = PolicyOf(body);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(Wait(policy, response.Headers));
        var original = response.Content;
        response.Content = new StringContent($"HubSpot rate limit hit: {policy ?? "unknown policy"} ({body})");
        original.Dispose();
        return response;
    }

    private TimeSpan Wait(string? policy, HttpResponseHeaders headers)
    {
        if (policy == "DAILY" || Header(headers, "X-HubSpot-RateLimit-Daily-Remaining") == 0)
        {
            var now = time.GetUtcNow();
            return now.UtcDateTime.Date.AddDays(1) - now.UtcDateTime;
        }

        if (policy == "SECONDLY")
        {
            return TimeSpan.FromSeconds(1);
        }

        var window = Header(headers, "X-HubSpot-RateLimit-Interval-Milliseconds") is { } ms and > 0 ? TimeSpan.FromMilliseconds(ms) : DefaultWindow;
        return TimeSpan.FromSeconds(Math.Ceiling(window.TotalSeconds));
    }

    private static long? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string? PolicyOf(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("policyName", out var policy) ? policy.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
