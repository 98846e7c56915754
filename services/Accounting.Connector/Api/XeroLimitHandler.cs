using System.Net;

namespace Accounting.Connector.Api;

/// <summary>
/// Paces calls by what Xero reports (<see cref="XeroLimits"/>): waits out a spent minute, spaces the last calls of a
/// minute, and when the day's allowance is spent answers for Xero with a 429 (Retry-After until midnight UTC,
/// X-Rate-Limit-Problem: day) without calling, so the kit parks the work as it would after Xero's own 429.
/// </summary>
public sealed class XeroLimitHandler(XeroLimits limits, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (limits.DayExhaustedFor() is { } untilReset)
        {
            var refused = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { RequestMessage = request };
            refused.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(untilReset);
            refused.Headers.TryAddWithoutValidation("X-Rate-Limit-Problem", "day");
            return refused;
        }

        var delay = limits.DelayBeforeNextCall();
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        limits.Observe(response.Headers);
        return response;
    }
}
