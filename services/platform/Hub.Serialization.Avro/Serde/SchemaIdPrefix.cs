using Confluent.SchemaRegistry;
using KafkaSerializationContext = Confluent.Kafka.SerializationContext;

namespace Hub.Serialization.Avro;

/// <summary>
/// The schema id in front of a value, read by Confluent's own prefix decoder (never by hand): the cached paths use
/// it to find what Confluent's serde resolved for the same id before.
/// </summary>
internal static class SchemaIdPrefix
{
    private static readonly ISchemaIdDecoder Decoder = SchemaIdDeserializerStrategy.Prefix.ToDeserializer();

    /// <summary>
    /// Splits a value into its integer schema id and Avro body. False for anything Confluent's decoder refuses or
    /// reads as something else (a GUID id, too few bytes, another magic byte): those values take Confluent's full
    /// path, which reports them.
    /// </summary>
    public static bool TrySplit(ReadOnlyMemory<byte> value, KafkaSerializationContext context, out int schemaId, out ReadOnlyMemory<byte> body)
    {
        schemaId = 0;
        body = default;
        if (value.Length < ConfluentSerde.HeaderSize)
        {
            return false;
        }

        try
        {
            var id = new SchemaId(SchemaType.Avro);
            body = Decoder.Decode(value, context, ref id);
            if (id.Id is not { } integerId || id.Guid is not null)
            {
                return false;
            }

            schemaId = integerId;
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return false;
        }
    }
}
