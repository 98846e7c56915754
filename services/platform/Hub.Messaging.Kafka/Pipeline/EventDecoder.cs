using Hub.Messaging.Errors;
using Hub.Messaging.Kafka.Consuming;
using Hub.Messaging.Serialization;

namespace Hub.Messaging.Kafka.Pipeline;

/// <summary>
/// Decodes message values. Undecodable bytes become a <see cref="DecodedMessage{TEvent}"/> carrying the error, for the
/// dead-letter topic; only an unreachable dependency (the schema registry) escapes, as
/// <see cref="DependencyUnavailableException"/>, so the consumer pauses and decodes the batch again later.
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
        catch (Exception ex) when (ex is DependencyUnavailableException or TransientEventException)
        {
            throw new DependencyUnavailableException($"Cannot decode {message.Partition}@{message.Offset} right now: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A deserializer bug on one message must not stop the subscription: that message is dead-lettered.
            return new(message, null, new EventDecodeException("deserializer-failed", $"The deserializer failed on {message.Partition}@{message.Offset}: {ex.Message}", ex));
        }
    }
}
