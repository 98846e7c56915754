using System.Collections.Concurrent;
using Avro;
using Avro.Generic;
using Hub.Messaging.Serialization;
using Hub.Serialization.Avro.Registry;
using Microsoft.Extensions.Options;

namespace Hub.Serialization.Avro;

/// <summary>Writes <see cref="GenericRecord"/>s (tools, replays of JSON, tests) in the Confluent Avro wire format.</summary>
public sealed class GenericAvroSerializer : IEventSerializer<GenericRecord>
{
    private readonly WriterSchemaResolver _resolver;
    private readonly ConcurrentDictionary<string, (Schema Schema, GenericDatumWriter<GenericRecord> Writer)> _writers = new();

    public GenericAvroSerializer(ISchemaRegistryClient registry, IOptions<AvroSerdeOptions> options, TimeProvider? timeProvider = null)
    {
        _resolver = new WriterSchemaResolver(registry, options.Value, timeProvider ?? TimeProvider.System);
    }

    public async ValueTask<byte[]> SerializeAsync(GenericRecord value, SerializationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        var json = value.Schema.ToString();
        var (schema, writer) = _writers.GetOrAdd(json, _ => (value.Schema, new GenericDatumWriter<GenericRecord>(value.Schema)));
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
