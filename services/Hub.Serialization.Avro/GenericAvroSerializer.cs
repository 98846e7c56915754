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
    private readonly FramedSerializer<GenericRecord> _framed;

    // Records may carry equal schemas parsed separately: the first instance of each schema text stands for all.
    private readonly ConcurrentDictionary<string, Schema> _schemas = new();

    public GenericAvroSerializer(ISchemaRegistryClient registry, IOptions<AvroSerdeOptions> options, TimeProvider? timeProvider = null)
    {
        var resolver = new WriterSchemaResolver(registry, options.Value, timeProvider ?? TimeProvider.System);
        _framed = new FramedSerializer<GenericRecord>(resolver, schema => new GenericDatumWriter<GenericRecord>(schema));
    }

    public ValueTask<byte[]> SerializeAsync(GenericRecord value, SerializationContext context, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            return ValueTask.FromException<byte[]>(new ArgumentNullException(nameof(value)));
        }

        var schema = _schemas.GetOrAdd(value.Schema.ToString(), value.Schema);
        return _framed.SerializeAsync(value, schema, context, cancellationToken);
    }
}
