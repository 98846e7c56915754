using Avro.Specific;
using Confluent.SchemaRegistry;
using Confluent.SchemaRegistry.Serdes;
using Hub.Messaging.Serialization;
using Microsoft.Extensions.Options;

namespace Hub.Serialization.Avro;

/// <summary>
/// Writes generated (ISpecificRecord) events with Confluent's <see cref="AvroSerializer{T}"/>: subject naming,
/// auto-register or lookup, use-latest-version and the wire format are Confluent's. An unavailable registry
/// raises <see cref="SchemaRegistryUnavailableException"/>.
/// </summary>
public sealed class ConfluentAvroSerializer<T> : IEventSerializer<T>
    where T : ISpecificRecord
{
    private readonly AvroSerializer<T> _inner;

    public ConfluentAvroSerializer(ISchemaRegistryClient registry, IOptions<AvroSerdeOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _inner = new AvroSerializer<T>(registry, options.Value.ToSerializerConfig());
    }

    public ValueTask<byte[]> SerializeAsync(T value, SerializationContext context, CancellationToken cancellationToken) =>
        value is null
            ? ValueTask.FromException<byte[]>(new ArgumentNullException(nameof(value)))
            : ConfluentSerde.SerializeAsync(_inner, value, context, cancellationToken);
}
