using Avro;
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

    private readonly FramedDeserializer<T> _framed;

    public ConfluentAvroDeserializer(ISchemaRegistryClient registry)
    {
        _framed = new FramedDeserializer<T>(registry, writerSchema => new SpecificDatumReader<T>(writerSchema, ReaderSchema));
    }

    // A fresh instance as "reuse" spares Apache.Avro a reflection lookup of the top-level type by name.
    public ValueTask<T> DeserializeAsync(ReadOnlyMemory<byte> data, SerializationContext context, CancellationToken cancellationToken) =>
        _framed.DeserializeAsync(data, new T(), cancellationToken);
}
