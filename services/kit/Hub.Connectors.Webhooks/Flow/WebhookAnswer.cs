using Microsoft.AspNetCore.Http;

namespace Hub.Connectors.Webhooks;

/// <summary>
/// What <see cref="WebhookFlow{TItem}"/> answers the sender: 200 with what became of the items, or a refusal with its
/// reason (413, 401, 400), or 503 with Retry-After so the sender retries. Vendors look only at the status.
/// </summary>
public sealed class WebhookAnswer : IResult
{
    private WebhookAnswer(int statusCode, string? error, TimeSpan? retryAfter, IReadOnlyDictionary<string, int> outcomes, IReadOnlyList<string> reasons)
    {
        StatusCode = statusCode;
        Error = error;
        RetryAfter = retryAfter;
        Outcomes = outcomes;
        Reasons = reasons;
    }

    public int StatusCode { get; }

    /// <summary>Why the request was refused or deferred; null when it was accepted.</summary>
    public string? Error { get; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>Accepted: how many items ended how ("published", "rejected", "duplicate", ...).</summary>
    public IReadOnlyDictionary<string, int> Outcomes { get; }

    /// <summary>Accepted: why the rejected items were quarantined.</summary>
    public IReadOnlyList<string> Reasons { get; }

    public static WebhookAnswer Accepted(IReadOnlyDictionary<string, int> outcomes, IReadOnlyList<string> reasons) =>
        new(StatusCodes.Status200OK, null, null, outcomes, reasons);

    /// <summary>200 counting the handled subjects by outcome and the deliveries completed before as "duplicate".</summary>
    public static WebhookAnswer Accepted(IReadOnlyList<WebhookOutcome> outcomes, int duplicates)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var counts = outcomes.GroupBy(o => o.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        if (duplicates > 0)
        {
            counts["duplicate"] = duplicates;
        }

        return Accepted(counts, [.. outcomes.Where(o => o.Rejection is not null).Select(o => o.Rejection!.Reason.Message)]);
    }

    public static WebhookAnswer Refused(int statusCode, string error) => new(statusCode, error, null, new Dictionary<string, int>(), []);

    public static WebhookAnswer RetryLater(string error, TimeSpan retryAfter) =>
        new(StatusCodes.Status503ServiceUnavailable, error, retryAfter, new Dictionary<string, int>(), []);

    public Task ExecuteAsync(HttpContext httpContext) => Error is null
        ? Results.Json(new { outcomes = Outcomes, reasons = Reasons }, statusCode: StatusCode).ExecuteAsync(httpContext)
        : WebhookResults.Refuse(StatusCode, Error, RetryAfter).ExecuteAsync(httpContext);
}
