using System.Collections.Concurrent;
using Avro;
using Avro.Specific;
using Hub.Messaging.Serialization;
using Hub.Serialization.Avro.Registry;
using Microsoft.Extensions.Options;

namespace Hub.Serialization.Avro;

/// <summary>Writes generated (ISpecificRecord) events in the Confluent Avro wire format.</summary>
public sealed class ConfluentAvroSerializer<T> : IEventSerializer<T>
    where T : ISpecificRecord
{
    private readonly WriterSchemaResolver _resolver;
    // Keyed by reference: Apache.Avro's Schema.GetHashCode walks the whole schema tree, which cost more than the
    // encoding itself (docs/benchmarks.md, serde).
    private readonly ConcurrentDictionary<Schema, (string Json, SpecificDatumWriter<T> Writer)> _writers = new(ReferenceEqualityComparer.Instance);

    public ConfluentAvroSerializer(ISchemaRegistryClient registry, IOptions<AvroSerdeOptions> options, TimeProvider? timeProvider = null)
    {
        _resolver = new WriterSchemaResolver(registry, options.Value, timeProvider ?? TimeProvider.System);
    }

    public async ValueTask<byte[]> SerializeAsync(T value, SerializationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);

        // Generated classes hand out one static schema instance, so this is one entry per type.
        var schema = value.Schema;
        var (json, writer) = _writers.GetOrAdd(schema, s => (s.ToString(), new SpecificDatumWriter<T>(s)));
        var (schemaId, projectTo) = await _resolver.ResolveAsync(schema, json, context, cancellationToken).ConfigureAwait(false);

        return AvroEncoding.Frame(schemaId, encoder =>
        {
            if (projectTo is null)
            {
                writer.Write(value, encoder);
            }
            else
            {
                AvroEncoding.WriteProjected(encoder, schema, projectTo, own => writer.Write(value, own));
            }
        });
    }
}
