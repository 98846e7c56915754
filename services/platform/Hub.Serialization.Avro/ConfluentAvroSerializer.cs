using Avro.Specific;
using Confluent.SchemaRegistry;
using Confluent.SchemaRegistry.Serdes;
using Hub.Messaging.Serialization;
using Microsoft.Extensions.Options;

namespace Hub.Serialization.Avro;

/// <summary>
/// Writes generated (ISpecificRecord) events with Confluent's <see cref="AvroSerializer{T}"/>: subject naming,
/// auto-register or lookup, use-latest-version and the wire format are Confluent's. Once Confluent's serializer has
/// written a topic's first value, the same writing is repeated from a cache (<see cref="CachedSerializePath{T}"/>).
/// An unavailable registry raises <see cref="SchemaRegistryUnavailableException"/>.
/// </summary>
public sealed class ConfluentAvroSerializer<T> : IEventSerializer<T>
    where T : ISpecificRecord
{
    private readonly AvroSerializer<T> _inner;
    private readonly CachedSerializePath<T> _cached;

    public ConfluentAvroSerializer(ISchemaRegistryClient registry, IOptions<AvroSerdeOptions> options)
        : this(registry, options, TimeProvider.System)
    {
    }

    internal ConfluentAvroSerializer(ISchemaRegistryClient registry, IOptions<AvroSerdeOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _inner = new AvroSerializer<T>(registry, options.Value.ToSerializerConfig());
        _cached = new CachedSerializePath<T>(registry, options.Value.UseLatestVersion ? options.Value.LatestVersionCacheTtl : null, time);
    }

    internal CachedSerializePath<T> CachedPath => _cached;

    public ValueTask<byte[]> SerializeAsync(T value, SerializationContext context, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            return ValueTask.FromException<byte[]>(new ArgumentNullException(nameof(value)));
        }

        try
        {
            if (_cached.TryWrite(value, context, out var framed))
            {
                return new ValueTask<byte[]>(framed);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ValueTask.FromException<byte[]>(ex);
        }

        var written = ConfluentSerde.SerializeAsync(_inner, value, context, cancellationToken);
        return _cached.NeedsLearning(context) ? LearnFromAsync(written, value, context) : written;
    }

    private async ValueTask<byte[]> LearnFromAsync(ValueTask<byte[]> written, T value, SerializationContext context)
    {
        var framed = await written.ConfigureAwait(false);
        await _cached.LearnAsync(value, context, framed).ConfigureAwait(false);
        return framed;
    }
}
