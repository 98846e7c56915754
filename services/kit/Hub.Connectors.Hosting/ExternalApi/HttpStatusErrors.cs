using System.Net;

namespace Hub.Connectors.Hosting;

/// <summary>
/// The vendor-neutral rule, by status alone: no answer in time, 408, 425, 429 and 5xx are temporary (Retry-After
/// honoured), 401 and 403 are auth failures, every other 4xx is refused for good with "http-&lt;status&gt;".
/// </summary>
public sealed class HttpStatusErrors : IExternalApiErrors
{
    public static readonly HttpStatusErrors Instance = new();

    public Exception Classify(ExternalApiAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return IsTemporary(answer.Status) ? answer.Unavailable(answer.Body)
            : IsAuthFailure(answer.Status) ? answer.AuthFailed(answer.Body)
            : answer.Rejected(answer.Body);
    }

    public static bool IsTemporary(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or (HttpStatusCode)425 or HttpStatusCode.TooManyRequests || (int)status >= 500;

    public static bool IsAuthFailure(HttpStatusCode status) => status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
}
