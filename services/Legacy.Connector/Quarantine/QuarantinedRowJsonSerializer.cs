using System.Text.Json;
using Hub.Messaging.Serialization;

namespace Legacy.Connector.Quarantine;

/// <summary>JSON for the quarantine topic: read by people and tools, not by connectors, so no Avro contract.</summary>
public sealed class QuarantinedRowJsonSerializer : IEventSerializer<QuarantinedRow>, IEventDeserializer<QuarantinedRow>
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public ValueTask<byte[]> SerializeAsync(QuarantinedRow value, SerializationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(JsonSerializer.SerializeToUtf8Bytes(value, Options));

    public ValueTask<QuarantinedRow> DeserializeAsync(ReadOnlyMemory<byte> data, SerializationContext context, CancellationToken cancellationToken)
    {
        try
        {
            return ValueTask.FromResult(JsonSerializer.Deserialize<QuarantinedRow>(data.Span, Options)
                ?? throw new EventDecodeException("quarantine-null", "The message holds JSON null, not a quarantined row."));
        }
        catch (JsonException ex)
        {
            throw new EventDecodeException("quarantine-json", $"Not a quarantined row: {ex.Message}", ex);
        }
    }
}
