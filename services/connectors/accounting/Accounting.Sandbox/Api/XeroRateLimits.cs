using System.Globalization;
using Hub.Sandboxes;
using Microsoft.Extensions.Options;

namespace Accounting.Sandbox.Api;

/// <summary>
/// Xero's per-organisation limits as its documentation states them (60 calls a minute, 5,000 a day; the app's
/// 10,000 a minute across organisations), reported on every answer in <c>X-MinLimit-Remaining</c>,
/// <c>X-DayLimit-Remaining</c> and <c>X-AppMinLimit-Remaining</c>. Counting only: 429s come from the fault switch,
/// which reports the limit it stands for (<see cref="AccountingSandboxOptions.RateLimitProblem"/>) as used up.
/// </summary>
public sealed class XeroRateLimits(TimeProvider time, IOptions<AccountingSandboxOptions> options)
{
    public const int AppMinuteLimit = 10_000;

    private readonly CallCounter _calls = new(time);

    public void Report(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = options.Value;
        var (inMinute, today) = _calls.Count(TimeSpan.FromMinutes(1));
        var minute = Math.Max(0, settings.MinuteLimit - inMinute);
        var day = (int)Math.Max(0, settings.DayLimit - today);
        var limited = context.Response.StatusCode == StatusCodes.Status429TooManyRequests;
        var headers = context.Response.Headers;
        headers["X-MinLimit-Remaining"] = Text(limited && settings.RateLimitProblem == "minute" ? 0 : minute);
        headers["X-DayLimit-Remaining"] = Text(limited && settings.RateLimitProblem == "day" ? 0 : day);
        headers["X-AppMinLimit-Remaining"] = Text(limited && settings.RateLimitProblem == "appminute" ? 0 : AppMinuteLimit - (settings.MinuteLimit - minute));
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
