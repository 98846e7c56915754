namespace Hub.Connectors.Hosting;

/// <summary>
/// A vendor's reading of its error answers: turns a non-2xx answer into the platform's outcome, an
/// <see cref="ExternalApiUnavailableException"/> (retry, with the wait the vendor asked for) or an
/// <see cref="ExternalApiRejectedException"/> (dead-letter with a reason code and the vendor's message; auth failures
/// with <see cref="ExternalApiRejectedException.AuthFailed"/>). One implementation per vendor, next to its connector;
/// <see cref="HttpStatusErrors"/> is the vendor-neutral rule they fall back on.
/// </summary>
public interface IExternalApiErrors
{
    Exception Classify(ExternalApiAnswer answer);
}
