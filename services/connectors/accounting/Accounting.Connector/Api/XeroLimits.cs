using System.Globalization;
using System.Net.Http.Headers;

namespace Accounting.Connector.Api;

/// <summary>
/// What Xero last said about the organisation's remaining calls (X-MinLimit-Remaining, X-DayLimit-Remaining), shared
/// by every call of the process, so the connector slows down before Xero's limits bite instead of after a 429.
/// </summary>
public sealed class XeroLimits(TimeProvider time)
{
    /// <summary>Below this many calls left in the minute, calls are spaced to last until the minute is over.</summary>
    public const int MinuteReserve = 5;

    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly Lock _gate = new();
    private (int Remaining, DateTimeOffset At)? _minute;
    private (int Remaining, DateTimeOffset At)? _day;

    public void Observe(HttpResponseHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var now = time.GetUtcNow();
        lock (_gate)
        {
            _minute = Read(headers, "X-MinLimit-Remaining") is { } minute ? (minute, now) : _minute;
            _day = Read(headers, "X-DayLimit-Remaining") is { } day ? (day, now) : _day;
        }
    }

    /// <summary>When the day's allowance is spent (seen today): how long until it resets at midnight UTC.</summary>
    public TimeSpan? DayExhaustedFor()
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_day is not { Remaining: <= 0 } day || day.At.UtcDateTime.Date != now.UtcDateTime.Date)
            {
                return null;
            }
        }

        return now.UtcDateTime.Date.AddDays(1) - now.UtcDateTime;
    }

    /// <summary>How long the next call should wait: until the minute is over when none is left, spaced when few are.</summary>
    public TimeSpan DelayBeforeNextCall()
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_minute is not { } minute || now - minute.At >= Minute)
            {
                return TimeSpan.Zero;
            }

            var rest = Minute - (now - minute.At);
            if (minute.Remaining <= 0)
            {
                _minute = null;
                return rest;
            }

            if (minute.Remaining > MinuteReserve)
            {
                return TimeSpan.Zero;
            }

            // Count this call against the reserve now, so concurrent callers space themselves too.
            _minute = (minute.Remaining - 1, minute.At);
            return rest / (minute.Remaining + 1);
        }
    }

    private static int? Read(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
