using Hub.Messaging;

namespace Hub.Identity.Capture;

/// <summary>
/// One exchange of a connector with the outside, as captured for replay against a candidate build: a webhook delivery
/// it received (kind <c>webhook</c>) or a call it made to its system's API (kind <c>api-call</c>: writes and poll reads
/// alike), with the request and the answer, secrets and configured personal fields redacted
/// (the kit's CaptureRedactor). Published on <c>hub.capture</c> (keyed by connector) or written to files.
/// </summary>
public sealed record CapturedExchange : IIntegrationEvent
{
    public const string WebhookKind = "webhook";
    public const string ApiCallKind = "api-call";

    public required string CaptureId { get; init; }

    /// <summary>The connector's service name (Connector:Name), e.g. crm-connector.</summary>
    public required string Connector { get; init; }

    /// <summary><see cref="WebhookKind"/> or <see cref="ApiCallKind"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The webhook's vendor source (shopify, hubspot) or the API's name (its system: crm, erp, ...).</summary>
    public required string Channel { get; init; }

    public required DateTimeOffset At { get; init; }

    public double DurationMs { get; init; }

    /// <summary>The trace the exchange belongs to, to find the events it caused or was caused by.</summary>
    public string? TraceId { get; init; }

    public required CapturedMessage Request { get; init; }

    /// <summary>The answer; null when none came (<see cref="Failure"/> says why).</summary>
    public CapturedMessage? Response { get; init; }

    /// <summary>Why no answer came: the exception's type and message (timeout, connection refused).</summary>
    public string? Failure { get; init; }

    string IIntegrationEvent.EventId => CaptureId;

    string IIntegrationEvent.EntityId => Connector;

    DateTimeOffset IIntegrationEvent.OccurredAt => At;
}

/// <summary>
/// A request or an answer: for a request <see cref="Method"/> and <see cref="Target"/> (path and query, no host: the
/// sandbox's host differs from production's), for an answer <see cref="Status"/>. <see cref="Body"/> is null when it
/// was not kept, and <see cref="BodyNote"/> says why (too large, not JSON or form data).
/// </summary>
public sealed record CapturedMessage
{
    public string? Method { get; init; }

    public string? Target { get; init; }

    public int? Status { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public string? Body { get; init; }

    public string? BodyNote { get; init; }
}
