using Hub.Messaging.Kafka.Consuming;
using Hub.Messaging.Serialization;

namespace Hub.Messaging.Kafka.Pipeline;

/// <summary>
/// Decodes message values. Undecodable bytes become a <see cref="DecodedMessage{TEvent}"/> carrying the error, for the
/// dead-letter topic; only a transient failure (registry unreachable) escapes, so the batch is retried instead.
/// </summary>
public sealed class EventDecoder<TEvent>(IEventDeserializer<TEvent> deserializer)
    where TEvent : class, IIntegrationEvent
{
    public async Task<DecodedMessage<TEvent>> DecodeAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        if (message.Value is null)
        {
            return new(message, null, new EventDecodeException("null-value", $"Message at {message.Partition}@{message.Offset} has no value (tombstone); canonical topics carry no tombstones."));
        }

        try
        {
            var value = await deserializer.DeserializeAsync(message.Value, new SerializationContext(message.Result.Topic), cancellationToken).ConfigureAwait(false);
            return new(message, value, null);
        }
        catch (EventDecodeException ex)
        {
            return new(message, null, ex);
        }
    }
}
