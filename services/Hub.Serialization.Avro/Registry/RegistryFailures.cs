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

    /// <summary>The registry answered that the subject (or its version) does not exist.</summary>
    public static bool IsSubjectNotFound(Exception exception) =>
        exception is SchemaRegistryException { ErrorCode: RegistryErrorCodes.SubjectNotFound or RegistryErrorCodes.VersionNotFound };
}
