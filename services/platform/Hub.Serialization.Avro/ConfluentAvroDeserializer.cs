using Avro.Specific;
using Confluent.SchemaRegistry;
using Confluent.SchemaRegistry.Serdes;
using Hub.Messaging.Serialization;

namespace Hub.Serialization.Avro;

/// <summary>
/// Reads Confluent Avro values into a generated class with Confluent's <see cref="AvroDeserializer{T}"/>, which
/// resolves the writer schema (fetched by the id in the header) to the class's own. Once Confluent's deserializer has
/// read a schema id's first value, the same reading is repeated from a cache (<see cref="CachedDeserializePath{T}"/>).
/// Undecodable values raise <see cref="EventDecodeException"/> subclasses (see <see cref="AvroDecodeReasons"/>); an
/// unavailable registry raises <see cref="SchemaRegistryUnavailableException"/> instead.
/// </summary>
public sealed class ConfluentAvroDeserializer<T> : IEventDeserializer<T>
    where T : class, ISpecificRecord, new()
{
    private readonly AvroDeserializer<T> _inner;
    private readonly CachedDeserializePath<T> _cached;

    public ConfluentAvroDeserializer(ISchemaRegistryClient registry)
    {
        var config = ConfluentSerde.DeserializerConfig;
        _inner = new AvroDeserializer<T>(registry, config);
        _cached = new CachedDeserializePath<T>(registry, config.SubjectNameStrategy!.Value);
    }

    internal CachedDeserializePath<T> CachedPath => _cached;

    public ValueTask<T> DeserializeAsync(ReadOnlyMemory<byte> data, SerializationContext context, CancellationToken cancellationToken)
    {
        var kafkaContext = ConfluentSerde.ToKafka(context);
        try
        {
            if (_cached.TryRead(data, kafkaContext, out var value))
            {
                return new ValueTask<T>(value);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ValueTask.FromException<T>(ConfluentSerde.MapDecodeFailure(ex, data));
        }

        var read = ConfluentSerde.DeserializeAsync(_inner, data, context, cancellationToken);
        return _cached.NeedsLearning(data, kafkaContext) ? LearnFromAsync(read, data, kafkaContext) : read;
    }

    private async ValueTask<T> LearnFromAsync(ValueTask<T> read, ReadOnlyMemory<byte> data, Confluent.Kafka.SerializationContext kafkaContext)
    {
        var value = await read.ConfigureAwait(false);
        await _cached.LearnAsync(data, kafkaContext, value).ConfigureAwait(false);
        return value;
    }
}
