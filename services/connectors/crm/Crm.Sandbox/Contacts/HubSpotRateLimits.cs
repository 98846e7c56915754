using Hub.Sandboxes;

namespace Crm.Sandbox.Contacts;

/// <summary>
/// HubSpot's API limits for a private app as its documentation describes them: a rolling window (ten seconds)
/// (<see cref="PerTenSeconds"/> calls) and a daily allowance, reported on every answer in
/// <c>X-HubSpot-RateLimit-*</c> headers. HubSpot sends no Retry-After on a 429. The sandbox counts and reports;
/// 429s come from the fault switch (a test decides when the limit bites).
/// </summary>
public sealed class HubSpotRateLimits(TimeProvider time, Microsoft.Extensions.Options.IOptions<CrmSandboxOptions> options)
{
    public const int PerTenSeconds = 190;
    public const int Daily = 625_000;

    private readonly CallCounter _calls = new(time);

    /// <summary>Counts one call; <paramref name="limited"/> reports the window as used up, as on a 429.</summary>
    public void Report(IHeaderDictionary headers, bool limited)
    {
        var (inWindow, today) = _calls.Count(TimeSpan.FromMilliseconds(options.Value.RateLimitIntervalMilliseconds));
        var remaining = limited ? 0 : Math.Max(0, PerTenSeconds - inWindow);
        var dailyRemaining = Math.Max(0, Daily - today);
        headers["X-HubSpot-RateLimit-Interval-Milliseconds"] = options.Value.RateLimitIntervalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        headers["X-HubSpot-RateLimit-Max"] = PerTenSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        headers["X-HubSpot-RateLimit-Remaining"] = remaining.ToString(System.Globalization.CultureInfo.InvariantCulture);
        headers["X-HubSpot-RateLimit-Daily"] = Daily.ToString(System.Globalization.CultureInfo.InvariantCulture);
        headers["X-HubSpot-RateLimit-Daily-Remaining"] = dailyRemaining.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
