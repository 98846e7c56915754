using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Messaging.Serialization;

namespace Hub.Identity;

/// <summary>
/// JSON for <see cref="ConflictRecord"/> on <c>hub.conflicts</c>: the queue is read by people and the CLI, not by
/// connectors, so it does not need the Avro contract gate.
/// </summary>
public sealed class ConflictJsonSerializer : IEventSerializer<ConflictRecord>, IEventDeserializer<ConflictRecord>
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public ValueTask<byte[]> SerializeAsync(ConflictRecord value, SerializationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(JsonSerializer.SerializeToUtf8Bytes(value, Options));

    public ValueTask<ConflictRecord> DeserializeAsync(ReadOnlyMemory<byte> data, SerializationContext context, CancellationToken cancellationToken)
    {
        try
        {
            return ValueTask.FromResult(JsonSerializer.Deserialize<ConflictRecord>(data.Span, Options)
                ?? throw new EventDecodeException("conflict-null", "The message holds JSON null, not a conflict record."));
        }
        catch (JsonException ex)
        {
            throw new EventDecodeException("conflict-json", $"Not a conflict record: {ex.Message}", ex);
        }
    }
}
