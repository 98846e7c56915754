using System.Net.Http.Headers;

namespace Hub.Connectors.Hosting;

/// <summary>Reads HTTP Retry-After (delta seconds or an HTTP date), bounded so a hostile value cannot stall a connector for days.</summary>
public static class RetryAfterHeader
{
    public static readonly TimeSpan Ceiling = TimeSpan.FromMinutes(30);

    public static TimeSpan? Read(HttpResponseHeaders headers, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var value = headers.RetryAfter;
        TimeSpan? delay = value switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow(),
            _ => FractionalSeconds(headers),
        };
        if (delay is null)
        {
            return null;
        }

        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > Ceiling ? Ceiling : delay;
    }

    /// <summary>
    /// Shopify sends <c>Retry-After: 2.0</c>: seconds with a fraction, which HTTP's grammar (an integer or a date)
    /// does not allow and .NET's typed header therefore drops.
    /// </summary>
    private static TimeSpan? FractionalSeconds(HttpResponseHeaders headers) =>
        headers.TryGetValues("Retry-After", out var values)
        && double.TryParse(values.FirstOrDefault()?.Trim(), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
        && double.IsFinite(seconds)
            ? TimeSpan.FromSeconds(Math.Min(seconds, Ceiling.TotalSeconds))
            : null;
}
