using System.Text.Json;

namespace Hub.Messaging.Serialization;

/// <summary>
/// System.Text.Json serde for records that people and tools read (quarantine, rejections, conflicts), not connectors,
/// so they have no Avro contract. A value that is not <typeparamref name="T"/> is a permanent
/// <see cref="EventDecodeException"/> with reason <c>{reason}-json</c> (JSON null: <c>{reason}-null</c>).
/// </summary>
/// <param name="options">How the topic's JSON is written; also used by readers of the topic.</param>
/// <param name="reason">The prefix of the decode failure's reason code, e.g. <c>conflict</c>.</param>
/// <param name="what">The record in messages, with its article, e.g. <c>a conflict record</c>.</param>
public class JsonEventSerializer<T>(JsonSerializerOptions options, string reason, string what) : IEventSerializer<T>, IEventDeserializer<T>
{
    public ValueTask<byte[]> SerializeAsync(T value, SerializationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(JsonSerializer.SerializeToUtf8Bytes(value, options));

    public ValueTask<T> DeserializeAsync(ReadOnlyMemory<byte> data, SerializationContext context, CancellationToken cancellationToken)
    {
        try
        {
            return ValueTask.FromResult(JsonSerializer.Deserialize<T>(data.Span, options)
                ?? throw new EventDecodeException($"{reason}-null", $"The message holds JSON null, not {what}."));
        }
        catch (JsonException ex)
        {
            throw new EventDecodeException($"{reason}-json", $"Not {what}: {ex.Message}", ex);
        }
    }
}
