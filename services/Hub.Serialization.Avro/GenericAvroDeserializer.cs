using System.Collections.Concurrent;
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
    private readonly ISchemaRegistryClient _registry;
    private readonly ConcurrentDictionary<int, DatumReader<GenericRecord>> _readers = new();

    public GenericAvroDeserializer(ISchemaRegistryClient registry)
    {
        _registry = registry;
    }

    public async ValueTask<GenericRecord> DeserializeAsync(ReadOnlyMemory<byte> data, SerializationContext context, CancellationToken cancellationToken)
    {
        var schemaId = WireFormat.ReadSchemaId(data.Span);
        if (!_readers.TryGetValue(schemaId, out var reader))
        {
            var writerSchema = await AvroPayload.FetchWriterSchemaAsync(_registry, schemaId, cancellationToken).ConfigureAwait(false);
            reader = _readers.GetOrAdd(schemaId, _ => AvroPayload.CreateReader(schemaId, () => new GenericDatumReader<GenericRecord>(writerSchema, writerSchema)));
        }

        return AvroPayload.Decode(data, schemaId, reader, null!);
    }
}
