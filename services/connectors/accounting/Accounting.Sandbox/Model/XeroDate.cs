using System.Globalization;

namespace Accounting.Sandbox.Model;

/// <summary>Xero's JSON dates: timestamps as "/Date(1518685950940+0000)/", dates as "2019-03-11T00:00:00".</summary>
public static class XeroDate
{
    public static string Timestamp(DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"/Date({at.ToUnixTimeMilliseconds()}+0000)/");

    /// <summary>A date as Xero answers it: midnight UTC in the timestamp form.</summary>
    public static string Date(DateOnly date) => Timestamp(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    /// <summary>A date as clients send it ("2019-03-11", "2019-03-11T00:00:00") or as Xero answers it ("/Date(…)/").</summary>
    public static DateOnly? ParseDate(string? text)
    {
        if (text is not null && text.StartsWith("/Date(", StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(6, text.IndexOfAny(['+', '-', ')'], 7) - 6), CultureInfo.InvariantCulture, out var ms))
        {
            return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime);
        }

        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
            ? DateOnly.FromDateTime(value)
            : null;
    }

    /// <summary>If-Modified-Since as Xero accepts it: an HTTP date or an ISO 8601 timestamp (UTC when no offset).</summary>
    public static DateTimeOffset? ParseSince(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value
        : null;
}
