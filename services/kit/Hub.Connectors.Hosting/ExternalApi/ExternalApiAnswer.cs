using System.Net;
using System.Net.Http.Headers;

namespace Hub.Connectors.Hosting;

/// <summary>
/// An external system's answer that was not a success, as a vendor's <see cref="IExternalApiErrors"/> reads it:
/// status, headers and the whole body. The helpers build the outcomes the pipeline understands.
/// </summary>
public sealed record ExternalApiAnswer(string System, string Operation, HttpStatusCode Status, HttpResponseHeaders Headers, string Body, TimeProvider Time)
{
    private const int MaxDetailLength = 500;

    /// <summary>The status as "429 TooManyRequests".</summary>
    public string StatusText => $"{(int)Status} {Status}";

    /// <summary>The Retry-After the system sent (seconds, a date, or Shopify's fractional seconds), bounded.</summary>
    public TimeSpan? RetryAfter => RetryAfterHeader.Read(Headers, Time);

    /// <summary>Try again later; <paramref name="retryAfter"/> defaults to the answer's Retry-After.</summary>
    public ExternalApiUnavailableException Unavailable(string detail, TimeSpan? retryAfter = null) =>
        new(System, Operation, $"{StatusText}. {Shorten(detail)}".TrimEnd())
        {
            Status = Status,
            RetryAfter = retryAfter ?? RetryAfter,
        };

    /// <summary>Refused for good: dead-letter with <paramref name="reasonCode"/> (default "http-&lt;status&gt;") and the system's words.</summary>
    public ExternalApiRejectedException Rejected(string detail, string? reasonCode = null) =>
        new(System, Operation, Status, Shorten(detail), reasonCode);

    /// <summary>The credential was refused (401, 403): reason code <see cref="ExternalApiRejectedException.AuthFailed"/>.</summary>
    public ExternalApiRejectedException AuthFailed(string detail) => Rejected(detail, ExternalApiRejectedException.AuthFailed);

    /// <summary>The body on one line, cut to a length a dead letter's header can carry.</summary>
    public static string Shorten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length > MaxDetailLength ? line[..MaxDetailLength] + "…" : line;
    }
}
