using Avro.Generic;
using Confluent.SchemaRegistry;
using Confluent.SchemaRegistry.Serdes;
using Hub.Messaging.Serialization;
using Microsoft.Extensions.Options;

namespace Hub.Serialization.Avro;

/// <summary>Writes <see cref="GenericRecord"/>s (tools, replays of JSON, tests) with Confluent's <see cref="AvroSerializer{T}"/>.</summary>
public sealed class GenericAvroSerializer : IEventSerializer<GenericRecord>
{
    private readonly AvroSerializer<GenericRecord> _inner;

    public GenericAvroSerializer(ISchemaRegistryClient registry, IOptions<AvroSerdeOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _inner = new AvroSerializer<GenericRecord>(registry, options.Value.ToSerializerConfig());
    }

    public ValueTask<byte[]> SerializeAsync(GenericRecord value, SerializationContext context, CancellationToken cancellationToken) =>
        value is null
            ? ValueTask.FromException<byte[]>(new ArgumentNullException(nameof(value)))
            : ConfluentSerde.SerializeAsync(_inner, value, context, cancellationToken);
}
