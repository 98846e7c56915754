using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Hub.Sandboxes;

/// <summary>Applies the current fault to every API request; /_sandbox/* (control) and /health are never faulted.</summary>
public sealed class FaultMiddleware(RequestDelegate next, FaultState faults, RequestLog log, IWriteRequestDetector writes, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments(SandboxPaths.Control) || path.StartsWithSegments("/health"))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var fault = faults.ForRequest(await writes.IsWriteAsync(context.Request).ConfigureAwait(false));
        if (fault.LatencyMs > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(fault.LatencyMs), time, context.RequestAborted).ConfigureAwait(false);
        }

        switch (fault.Mode)
        {
            case FaultMode.Down:
                log.Add(context, 0, "dropped: sandbox is down");
                context.Abort();
                return;
            case FaultMode.Error:
                await AnswerAsync(context, fault.Status ?? StatusCodes.Status503ServiceUnavailable, null, "simulated server error").ConfigureAwait(false);
                return;
            case FaultMode.RateLimited:
                await AnswerAsync(context, StatusCodes.Status429TooManyRequests, fault.RetryAfterSeconds, "rate limit exceeded").ConfigureAwait(false);
                return;
            case FaultMode.BatchWindow:
                await AnswerAsync(context, fault.Status ?? StatusCodes.Status503ServiceUnavailable, fault.RetryAfterSeconds, "batch window: writes are refused while the nightly batch runs").ConfigureAwait(false);
                return;
            default:
                await next(context).ConfigureAwait(false);
                log.Add(context, context.Response.StatusCode, null);
                return;
        }
    }

    private async Task AnswerAsync(HttpContext context, int status, int? retryAfterSeconds, string message)
    {
        context.Response.StatusCode = status;
        if (retryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        log.Add(context, status, message);
        await context.Response.WriteAsJsonAsync(new { error = message, status }).ConfigureAwait(false);
    }
}
