namespace Hub.Messaging.Serialization;

/// <summary>
/// Reads a Kafka message value. Bytes that cannot be read (bad magic byte, unknown schema id, truncated data)
/// must raise <see cref="EventDecodeException"/>, which the pipeline dead-letters instead of crashing.
/// </summary>
public interface IEventDeserializer<TEvent>
{
    ValueTask<TEvent> DeserializeAsync(ReadOnlyMemory<byte> data, SerializationContext context, CancellationToken cancellationToken);
}
