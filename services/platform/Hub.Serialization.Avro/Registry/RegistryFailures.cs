using System.Net;
using Confluent.SchemaRegistry;

namespace Hub.Serialization.Avro.Registry;

/// <summary>Reads the failures of Confluent's registry client: which mean the registry is down rather than "no".</summary>
public static class RegistryFailures
{
    /// <summary>
    /// True for an outage: no URL answered (Confluent's client raises <see cref="HttpRequestException"/> after trying
    /// each), a timeout (<see cref="TaskCanceledException"/> from HttpClient: check the caller's own token first),
    /// or a 5xx, 408 or 429 answer.
    /// </summary>
    public static bool IsUnavailable(Exception exception) => exception switch
    {
        // Before HttpRequestException, which it derives from: an answer of the registry, down only when it says so.
        SchemaRegistryException e => (int)e.Status >= 500 || e.Status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests,
        HttpRequestException or TimeoutException or TaskCanceledException => true,
        AggregateException e => e.InnerExceptions.Any(IsUnavailable),
        _ => false,
    };

    /// <summary>
    /// Worth another try of the same request: a registry answer of 408, 429, 500, 502, 503 or 504, the statuses
    /// Confluent's client retried itself before the "schema-registry" pipeline took over. No answer at all is not
    /// retried here: Confluent's client already tried every URL, and the consumer's outage guard waits it out.
    /// </summary>
    public static bool IsRetriable(Exception exception) =>
        exception is SchemaRegistryException { Status: HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError
            or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout };

    /// <summary>The registry answered that the subject (or its version) does not exist.</summary>
    public static bool IsSubjectNotFound(Exception exception) =>
        exception is SchemaRegistryException { ErrorCode: RegistryErrorCodes.SubjectNotFound or RegistryErrorCodes.VersionNotFound };
}
