using System.Collections.Concurrent;
using Avro;
using Avro.Generic;
using Avro.Specific;
using Hub.Messaging.Serialization;
using Hub.Serialization.Avro.Registry;

namespace Hub.Serialization.Avro;

/// <summary>
/// Reads Confluent Avro values into a generated class, resolving the writer schema (fetched by the id in the
/// header) to the class's own schema. Undecodable values raise <see cref="EventDecodeException"/> subclasses
/// (see <see cref="AvroDecodeReasons"/>); an unreachable registry raises a transient error instead.
/// </summary>
public sealed class ConfluentAvroDeserializer<T> : IEventDeserializer<T>
    where T : class, ISpecificRecord, new()
{
    private static readonly Schema ReaderSchema = new T().Schema;

    private readonly ISchemaRegistryClient _registry;
    private readonly ConcurrentDictionary<int, DatumReader<T>> _readers = new();

    public ConfluentAvroDeserializer(ISchemaRegistryClient registry)
    {
        _registry = registry;
    }

    public async ValueTask<T> DeserializeAsync(ReadOnlyMemory<byte> data, SerializationContext context, CancellationToken cancellationToken)
    {
        var schemaId = WireFormat.ReadSchemaId(data.Span);
        if (!_readers.TryGetValue(schemaId, out var reader))
        {
            var writerSchema = await AvroPayload.FetchWriterSchemaAsync(_registry, schemaId, cancellationToken).ConfigureAwait(false);
            reader = _readers.GetOrAdd(schemaId, _ => AvroPayload.CreateReader(schemaId, () => new SpecificDatumReader<T>(writerSchema, ReaderSchema)));
        }

        // A fresh instance as "reuse" spares Apache.Avro a reflection lookup of the top-level type by name.
        return AvroPayload.Decode(data, schemaId, reader, new T());
    }
}
