using System.Text.Json;
using Hub.Messaging;
using Hub.Messaging.Serialization;

namespace Shop.Connector.Inbound;

/// <summary>JSON for the inbound dead-letter topic: read by people and tools, so it is not an Avro contract.</summary>
public sealed class InboundRejectionSerializer : IEventSerializer<InboundRejection>, IEventDeserializer<InboundRejection>
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public ValueTask<byte[]> SerializeAsync(InboundRejection value, SerializationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(JsonSerializer.SerializeToUtf8Bytes(value, Options));

    public ValueTask<InboundRejection> DeserializeAsync(ReadOnlyMemory<byte> data, SerializationContext context, CancellationToken cancellationToken)
    {
        try
        {
            return ValueTask.FromResult(JsonSerializer.Deserialize<InboundRejection>(data.Span, Options)
                ?? throw new EventDecodeException("rejection-null", "The message holds JSON null, not an inbound rejection."));
        }
        catch (JsonException ex)
        {
            throw new EventDecodeException("rejection-json", $"Not an inbound rejection: {ex.Message}", ex);
        }
    }
}
