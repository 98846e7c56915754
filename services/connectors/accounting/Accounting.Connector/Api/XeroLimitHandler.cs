using System.Net;

namespace Accounting.Connector.Api;

/// <summary>
/// Paces calls by what Xero reports (<see cref="XeroLimits"/>): spaces the last calls of a minute by short waits, and
/// when a wait would be long (a spent minute) or the day's allowance is spent, answers for Xero with a 429
/// (Retry-After, X-Rate-Limit-Problem: minute or day) without calling, so the kit parks the work as it would after
/// Xero's own 429 instead of holding a call past its timeout.
/// </summary>
public sealed class XeroLimitHandler(XeroLimits limits, TimeProvider time) : DelegatingHandler
{
    /// <summary>Waits up to this long are taken in the call; longer ones are answered as a 429 with Retry-After.</summary>
    public static readonly TimeSpan LongestWaitInCall = TimeSpan.FromSeconds(1);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (limits.DayExhaustedFor() is { } untilReset)
        {
            return Refused(request, untilReset, "day");
        }

        var delay = limits.DelayBeforeNextCall();
        if (delay > LongestWaitInCall)
        {
            return Refused(request, delay, "minute");
        }

        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.TooManyRequests)
        {
            // A 429 says how long to wait in its Retry-After, which the kit honours; its spent counters would only
            // make the next calls wait longer than Xero asked.
            limits.Observe(response.Headers);
        }

        return response;
    }

    private static HttpResponseMessage Refused(HttpRequestMessage request, TimeSpan retryAfter, string problem)
    {
        var refused = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { RequestMessage = request };
        refused.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(Math.Ceiling(retryAfter.TotalSeconds)));
        refused.Headers.TryAddWithoutValidation("X-Rate-Limit-Problem", problem);
        return refused;
    }
}
