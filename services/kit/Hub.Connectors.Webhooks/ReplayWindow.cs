using System.Globalization;

namespace Hub.Connectors.Webhooks;

/// <summary>
/// Refuses signed requests whose timestamp is outside a window around now. A captured request can otherwise be
/// replayed forever, since its signature stays valid. Timestamps from the future count too (beyond the same
/// window), so a sender's clock running ahead cannot stretch how long a request stays replayable.
/// </summary>
public static class ReplayWindow
{
    /// <param name="timestamp">Unix time in milliseconds, as text (as it arrives in a header).</param>
    public static WebhookVerification Check(string? timestamp, TimeProvider time, TimeSpan window)
    {
        if (string.IsNullOrWhiteSpace(timestamp))
        {
            return WebhookVerification.Fail("missing request timestamp");
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds))
        {
            return WebhookVerification.Fail($"request timestamp '{Shorten(timestamp)}' is not Unix milliseconds");
        }

        return Check(milliseconds, time, window);
    }

    public static WebhookVerification Check(long unixMilliseconds, TimeProvider time, TimeSpan window)
    {
        var age = time.GetUtcNow().ToUnixTimeMilliseconds() - unixMilliseconds;
        if (age > window.TotalMilliseconds)
        {
            return WebhookVerification.Fail($"request timestamp is {TimeSpan.FromMilliseconds(age):g} old, outside the {window.TotalMinutes:0.#}-minute replay window");
        }

        if (-age > window.TotalMilliseconds)
        {
            return WebhookVerification.Fail($"request timestamp is {TimeSpan.FromMilliseconds(-age):g} in the future, outside the {window.TotalMinutes:0.#}-minute replay window");
        }

        return WebhookVerification.Valid;
    }

    private static string Shorten(string text) => text.Length <= 32 ? text : text[..32] + "…";
}
