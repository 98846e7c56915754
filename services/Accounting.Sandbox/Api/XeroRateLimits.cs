using System.Globalization;
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

    private readonly Queue<DateTimeOffset> _minute = new();
    private readonly Lock _gate = new();
    private int _today;
    private DateOnly _day;

    public void Report(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = options.Value;
        int minute;
        int day;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            while (_minute.Count > 0 && now - _minute.Peek() >= TimeSpan.FromMinutes(1))
            {
                _minute.Dequeue();
            }

            var today = DateOnly.FromDateTime(now.UtcDateTime);
            (_today, _day) = today == _day ? (_today, _day) : (0, today);
            _minute.Enqueue(now);
            _today++;
            minute = Math.Max(0, settings.MinuteLimit - _minute.Count);
            day = Math.Max(0, settings.DayLimit - _today);
        }

        var limited = context.Response.StatusCode == StatusCodes.Status429TooManyRequests;
        var headers = context.Response.Headers;
        headers["X-MinLimit-Remaining"] = Text(limited && settings.RateLimitProblem == "minute" ? 0 : minute);
        headers["X-DayLimit-Remaining"] = Text(limited && settings.RateLimitProblem == "day" ? 0 : day);
        headers["X-AppMinLimit-Remaining"] = Text(limited && settings.RateLimitProblem == "appminute" ? 0 : AppMinuteLimit - (settings.MinuteLimit - minute));
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
