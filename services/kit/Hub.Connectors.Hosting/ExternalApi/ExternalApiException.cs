using System.Net;
using Hub.Messaging.Errors;

namespace Hub.Connectors.Hosting;

/// <summary>
/// The external system refused a request for good (400, 404, 409, 422, ...): retrying the same request cannot help,
/// so the pipeline dead-letters the event with the system's answer. The reason code is the vendor's error category
/// when its classifier knows one (e.g. hubspot-VALIDATION_ERROR), <see cref="AuthFailed"/> for a refused credential,
/// else "http-&lt;status&gt;".
/// </summary>
public sealed class ExternalApiRejectedException : PermanentEventException
{
    /// <summary>The reason code of a refused credential (401, 403), whatever the vendor: fix the secret, then replay.</summary>
    public const string AuthFailed = "auth-failed";

    public ExternalApiRejectedException(string system, string operation, HttpStatusCode status, string detail, string? reasonCode = null)
        : base(reasonCode ?? $"http-{(int)status}", $"{system} refused {operation}: {(int)status} {status}. {detail}".TrimEnd())
    {
        System = system;
        Operation = operation;
        Status = status;
    }

    public string System { get; }

    public string Operation { get; }

    public HttpStatusCode Status { get; }
}

/// <summary>
/// The external system could not take the request now (down, 429, 5xx, timeout, batch window): retried in process,
/// then via the retry topic, honouring Retry-After. Nothing is lost while it lasts.
/// </summary>
public sealed class ExternalApiUnavailableException : TransientEventException
{
    public ExternalApiUnavailableException(string system, string operation, string reason, Exception? inner = null)
        : base($"{system} could not take {operation}: {reason}", inner)
    {
        System = system;
        Operation = operation;
    }

    public string System { get; }

    public string Operation { get; }

    /// <summary>The HTTP status when the system answered, null when it did not (refused, reset, timed out).</summary>
    public HttpStatusCode? Status { get; init; }
}
