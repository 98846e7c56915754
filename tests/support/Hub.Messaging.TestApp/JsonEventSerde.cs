using System.Text.Json;
using Hub.Messaging.Serialization;

namespace Hub.Messaging.TestApp;

/// <summary>System.Text.Json serde for test events; canonical events use the Avro serde instead.</summary>
public sealed class JsonEventSerde<TEvent> : IEventSerializer<TEvent>, IEventDeserializer<TEvent>
{
    public ValueTask<byte[]> SerializeAsync(TEvent value, SerializationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(JsonSerializer.SerializeToUtf8Bytes(value));

    public ValueTask<TEvent> DeserializeAsync(ReadOnlyMemory<byte> data, SerializationContext context, CancellationToken cancellationToken)
    {
        try
        {
            return ValueTask.FromResult(JsonSerializer.Deserialize<TEvent>(data.Span) ?? throw new EventDecodeException("malformed-json", "The message value is JSON null."));
        }
        catch (JsonException ex)
        {
            throw new EventDecodeException("malformed-json", $"The message value is not a {typeof(TEvent).Name}: {ex.Message}", ex);
        }
    }
}
