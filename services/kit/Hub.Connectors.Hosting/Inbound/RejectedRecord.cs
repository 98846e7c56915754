using Hub.Messaging.Errors;

namespace Hub.Connectors.Hosting;

/// <summary>
/// A connector's decision about one record from its system: it cannot become a canonical event, and why. Where it is
/// kept (topic, consumer group, headers) is the kit's business (<see cref="InboundQuarantine"/>), where it came from
/// the channel's (the webhook flow, a file reader).
/// </summary>
/// <param name="Key">The record's id in its system, or its delivery's; the message key.</param>
/// <param name="RecordType">What <paramref name="Value"/> holds, e.g. "crm.contact"; the event-type header.</param>
/// <param name="Value">What the operator gets: the record as read, or the connector's JSON around it.</param>
/// <param name="EventId">The id the record's event would have had, or one derived from the delivery: the same on every retry.</param>
/// <param name="Reason">Why: its class, message and reason code become the hub-error-* headers.</param>
public sealed record RejectedRecord(string Key, string RecordType, byte[] Value, string EventId, PermanentEventException Reason);
