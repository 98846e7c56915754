namespace Hub.Messaging.Serialization;

/// <summary>Turns an event into the bytes of a Kafka message value (for example the Confluent Avro wire format).</summary>
public interface IEventSerializer<in TEvent>
{
    ValueTask<byte[]> SerializeAsync(TEvent value, SerializationContext context, CancellationToken cancellationToken);
}
