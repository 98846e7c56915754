using Avro.Specific;
using Hub.Messaging.Serialization;
using Hub.Serialization.Avro.Registry;
using Microsoft.Extensions.Options;

namespace Hub.Serialization.Avro;

/// <summary>Writes generated (ISpecificRecord) events in the Confluent Avro wire format.</summary>
public sealed class ConfluentAvroSerializer<T> : IEventSerializer<T>
    where T : ISpecificRecord
{
    private readonly FramedSerializer<T> _framed;

    public ConfluentAvroSerializer(ISchemaRegistryClient registry, IOptions<AvroSerdeOptions> options, TimeProvider? timeProvider = null)
    {
        var resolver = new WriterSchemaResolver(registry, options.Value, timeProvider ?? TimeProvider.System);
        _framed = new FramedSerializer<T>(resolver, schema => new SpecificDatumWriter<T>(schema));
    }

    public ValueTask<byte[]> SerializeAsync(T value, SerializationContext context, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            return ValueTask.FromException<byte[]>(new ArgumentNullException(nameof(value)));
        }

        // Generated classes hand out one static schema instance, so the caches hold one entry per type.
        return _framed.SerializeAsync(value, value.Schema, context, cancellationToken);
    }
}
