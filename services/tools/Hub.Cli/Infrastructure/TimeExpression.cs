using System.Globalization;
using System.Text.RegularExpressions;

namespace Hub.Cli.Infrastructure;

/// <summary>
/// Points in time and durations as operators type them. A time is ISO 8601 (<c>2025-03-01T14:30:00Z</c>,
/// <c>2025-03-01T15:30+01:00</c>, <c>2025-03-01 14:30</c>; without an offset it is UTC, never the machine's zone),
/// <c>now</c>, or a duration before now: <c>-2h</c>, <c>2h ago</c>, <c>30m ago</c>, <c>1d12h</c>. A duration is
/// <c>&lt;n&gt;&lt;unit&gt;</c> repeated, units s, m, h, d, w (<c>90s</c>, <c>1h30m</c>, <c>7d</c>).
/// </summary>
public static partial class TimeExpression
{
    public const string TimeHelp = "ISO 8601 (UTC unless an offset is given), 'now', or a duration before now: -2h, '30m ago', 1d12h";

    public const string DurationHelp = "a duration such as 90s, 30m, 2h, 1h30m, 7d, 2w";

    public static DateTimeOffset ParseTime(string? text, DateTimeOffset now, string option) =>
        TryParseTime(text, now, out var time)
            ? time
            : throw CliException.BadInput($"{option}: '{text}' is not a time; use {TimeHelp}.");

    public static TimeSpan ParseDuration(string? text, string option) =>
        TryParseDuration(text, out var duration)
            ? duration
            : throw CliException.BadInput($"{option}: '{text}' is not a duration; use {DurationHelp}.");

    public static bool TryParseTime(string? text, DateTimeOffset now, out DateTimeOffset time)
    {
        time = default;
        var value = text?.Trim() ?? string.Empty;
        if (value.Length == 0)
        {
            return false;
        }

        if (value.Equals("now", StringComparison.OrdinalIgnoreCase))
        {
            time = now;
            return true;
        }

        var relative = value;
        if (relative.StartsWith('-'))
        {
            relative = relative[1..];
        }
        else if (relative.EndsWith("ago", StringComparison.OrdinalIgnoreCase))
        {
            relative = relative[..^3].TrimEnd();
        }

        if (TryParseDuration(relative, out var before))
        {
            time = now - before;
            return true;
        }

        if (!IsoStart().IsMatch(value))
        {
            return false;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
    }

    public static bool TryParseDuration(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var value = text?.Trim() ?? string.Empty;
        var match = DurationPattern().Match(value);
        if (!match.Success)
        {
            return false;
        }

        foreach (Capture part in match.Groups["part"].Captures)
        {
            var unit = part.Value[^1];
            if (!long.TryParse(part.Value.AsSpan(0, part.Value.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount > 100_000)
            {
                return false;
            }

            duration += unit switch
            {
                's' => TimeSpan.FromSeconds(amount),
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                'd' => TimeSpan.FromDays(amount),
                _ => TimeSpan.FromDays(7 * amount),
            };
        }

        return true;
    }

    /// <summary>How a resolved time is echoed back, so the operator sees what "-2h" meant.</summary>
    public static string Show(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string ShowAge(TimeSpan age) => age switch
    {
        { TotalSeconds: < 0 } => "0s",
        { TotalSeconds: < 120 } => $"{age.TotalSeconds:0}s",
        { TotalMinutes: < 120 } => $"{age.TotalMinutes:0}m",
        { TotalHours: < 48 } => $"{age.TotalHours:0.#}h",
        _ => $"{age.TotalDays:0.#}d",
    };

    [GeneratedRegex(@"^(?<part>[0-9]+[smhdw])+$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}", RegexOptions.CultureInvariant)]
    private static partial Regex IsoStart();
}
