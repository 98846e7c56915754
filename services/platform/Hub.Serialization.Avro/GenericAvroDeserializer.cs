using Avro.Generic;
using Confluent.SchemaRegistry;
using Confluent.SchemaRegistry.Serdes;
using Hub.Messaging.Serialization;

namespace Hub.Serialization.Avro;

/// <summary>
/// Reads any Confluent Avro value as a <see cref="GenericRecord"/> in its writer schema (Confluent's
/// <see cref="AvroDeserializer{T}"/>), for tools that show events they were not compiled against. Same error
/// mapping as <see cref="ConfluentAvroDeserializer{T}"/>.
/// </summary>
public sealed class GenericAvroDeserializer : IEventDeserializer<GenericRecord>
{
    private readonly AvroDeserializer<GenericRecord> _inner;

    public GenericAvroDeserializer(ISchemaRegistryClient registry)
    {
        _inner = new AvroDeserializer<GenericRecord>(registry, ConfluentSerde.DeserializerConfig);
    }

    public ValueTask<GenericRecord> DeserializeAsync(ReadOnlyMemory<byte> data, SerializationContext context, CancellationToken cancellationToken) =>
        ConfluentSerde.DeserializeAsync(_inner, data, context, cancellationToken);
}
