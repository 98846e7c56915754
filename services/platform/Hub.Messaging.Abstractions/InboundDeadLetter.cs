using Hub.Messaging.Errors;

namespace Hub.Messaging;

/// <summary>
/// A record a connector received from its system but could not turn into a canonical event (e.g. its inbound
/// mapping rejected it). It goes to a dead-letter topic as read, with the platform's dead-letter headers, so
/// `hub dlq` lists it next to the dead letters of the consumer pipeline.
/// </summary>
public sealed record InboundDeadLetter
{
    public required string Topic { get; init; }

    /// <summary>The record's id in its system; the message key (UTF-8).</summary>
    public required string Key { get; init; }

    /// <summary>The record as read from the system, e.g. its JSON.</summary>
    public required byte[] Value { get; init; }

    public required string EventId { get; init; }

    /// <summary>What the record is, e.g. "crm.contact"; the event-type header.</summary>
    public required string EventType { get; init; }

    /// <summary>Where it came from, e.g. "webhook:/webhooks/hubspot"; written where a consumed event names its topic.</summary>
    public required string Source { get; init; }

    /// <summary>Who gave up on it, e.g. "crm-connector.inbound"; `hub dlq` groups dead letters by it.</summary>
    public required string ConsumerGroup { get; init; }

    /// <summary>Why: its class, message and reason code end up in the hub-error-* headers.</summary>
    public required PermanentEventException Error { get; init; }
}
