using Avro.Specific;
using Confluent.SchemaRegistry;
using Confluent.SchemaRegistry.Serdes;
using Hub.Messaging.Serialization;

namespace Hub.Serialization.Avro;

/// <summary>
/// Reads Confluent Avro values into a generated class with Confluent's <see cref="AvroDeserializer{T}"/>, which
/// resolves the writer schema (fetched by the id in the header) to the class's own. Undecodable values raise
/// <see cref="EventDecodeException"/> subclasses (see <see cref="AvroDecodeReasons"/>); an unavailable registry
/// raises <see cref="SchemaRegistryUnavailableException"/> instead.
/// </summary>
public sealed class ConfluentAvroDeserializer<T> : IEventDeserializer<T>
    where T : class, ISpecificRecord, new()
{
    private readonly AvroDeserializer<T> _inner;

    public ConfluentAvroDeserializer(ISchemaRegistryClient registry)
    {
        _inner = new AvroDeserializer<T>(registry, ConfluentSerde.DeserializerConfig);
    }

    public ValueTask<T> DeserializeAsync(ReadOnlyMemory<byte> data, SerializationContext context, CancellationToken cancellationToken) =>
        ConfluentSerde.DeserializeAsync(_inner, data, context, cancellationToken);
}
