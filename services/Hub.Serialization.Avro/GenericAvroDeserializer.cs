using Avro.Generic;
using Hub.Messaging.Serialization;
using Hub.Serialization.Avro.Registry;

namespace Hub.Serialization.Avro;

/// <summary>
/// Reads any Confluent Avro value as a <see cref="GenericRecord"/> in its writer schema, for tools that show
/// events they were not compiled against. Same error mapping as <see cref="ConfluentAvroDeserializer{T}"/>.
/// </summary>
public sealed class GenericAvroDeserializer : IEventDeserializer<GenericRecord>
{
    private readonly FramedDeserializer<GenericRecord> _framed;

    public GenericAvroDeserializer(ISchemaRegistryClient registry)
    {
        _framed = new FramedDeserializer<GenericRecord>(registry, writerSchema => new GenericDatumReader<GenericRecord>(writerSchema, writerSchema));
    }

    public ValueTask<GenericRecord> DeserializeAsync(ReadOnlyMemory<byte> data, SerializationContext context, CancellationToken cancellationToken) =>
        _framed.DeserializeAsync(data, null!, cancellationToken);
}
