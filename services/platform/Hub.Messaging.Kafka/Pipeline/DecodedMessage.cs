using Hub.Messaging.Kafka.Consuming;

namespace Hub.Messaging.Kafka.Pipeline;

/// <summary>An inbound message after decoding: either the event, or why it could not be read.</summary>
public sealed record DecodedMessage<TEvent>(InboundMessage Message, TEvent? Event, Exception? DecodeError)
    where TEvent : class, IIntegrationEvent
{
    public string EventId => Event?.EventId ?? Message.FallbackEventId;

    public DateTimeOffset EventTime => Event?.OccurredAt ?? Message.Timestamp;
}
