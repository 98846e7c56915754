using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Avro.IO;
using Avro.Specific;
using Confluent.SchemaRegistry;
using KafkaSerializationContext = Confluent.Kafka.SerializationContext;

namespace Hub.Serialization.Avro;

/// <summary>
/// Repeats, from a cache, what Confluent's <c>AvroDeserializer&lt;T&gt;</c> did for a schema id, once it has been
/// seen to do it. Confluent's deserializer reads the first value of each writer schema id (header, registry lookup,
/// resolution to the compiled class); <see cref="LearnAsync"/> then builds the same Apache.Avro reader (writer schema
/// resolved to the class's own) and keeps it when it reads that value exactly as Confluent did. From then on
/// <see cref="TryRead"/> splits the header with Confluent's decoder and reads the body with that reader, without
/// Confluent's per-call locks, registry-cache lookups and task. Ids whose schema has rules or references are never
/// learned: every value of theirs takes Confluent's path. A schema id's schema never changes, so entries do not expire.
/// </summary>
internal sealed class CachedDeserializePath<T>
    where T : class, ISpecificRecord, new()
{
    private readonly ConcurrentDictionary<int, SpecificDatumReader<T>?> _readers = new();
    private readonly ISchemaRegistryClient _registry;
    private readonly AsyncSubjectNameStrategyDelegate _subjectName;
    private readonly global::Avro.Schema _readerSchema = new T().Schema;
    private LastReader? _last;

    public CachedDeserializePath(ISchemaRegistryClient registry, SubjectNameStrategy subjectNameStrategy)
    {
        _registry = registry;
        _subjectName = subjectNameStrategy.ToAsyncDelegate(registry, []);
    }

    /// <summary>
    /// False when the value's schema id has not been learned (or cannot be): the caller uses Confluent's path. A body
    /// that does not decode throws Apache.Avro's exception, as it would from inside Confluent's deserializer.
    /// </summary>
    public bool TryRead(ReadOnlyMemory<byte> data, KafkaSerializationContext context, out T value)
    {
        value = null!;
        if (!SchemaIdPrefix.TrySplit(data, context, out var schemaId, out var body))
        {
            return false;
        }

        // A topic's values mostly share one writer schema: the reader used last skips the dictionary.
        var last = _last;
        var reader = last is not null && last.SchemaId == schemaId ? last.Reader : null;
        if (reader is null)
        {
            if (!_readers.TryGetValue(schemaId, out reader) || reader is null)
            {
                return false;
            }

            _last = new LastReader(schemaId, reader);
        }

        value = reader.Read(new T(), DecoderOver(body));
        return true;
    }

    /// <summary>True once values of <paramref name="schemaId"/> are read from the cache.</summary>
    internal bool HasReaderFor(int schemaId) => _readers.TryGetValue(schemaId, out var reader) && reader is not null;

    public bool NeedsLearning(ReadOnlyMemory<byte> data, KafkaSerializationContext context) =>
        SchemaIdPrefix.TrySplit(data, context, out var schemaId, out _) && !_readers.ContainsKey(schemaId);

    /// <summary>Learns from a value Confluent's deserializer has just read. Never fails the call: a doubt means no shortcut.</summary>
    public async ValueTask LearnAsync(ReadOnlyMemory<byte> data, KafkaSerializationContext context, T confluentValue)
    {
        try
        {
            if (!SchemaIdPrefix.TrySplit(data, context, out var schemaId, out var body))
            {
                return;
            }

            var subject = await _subjectName(context, null).ConfigureAwait(false);
            var writerSchema = await RegisteredSchemas.PlainAvroAsync(_registry, subject, schemaId).ConfigureAwait(false);
            SpecificDatumReader<T>? reader = null;
            if (writerSchema is not null)
            {
                var candidate = new SpecificDatumReader<T>(writerSchema, _readerSchema);
                var own = candidate.Read(new T(), DecoderOver(body));
                reader = Encoded(own).SequenceEqual(Encoded(confluentValue)) ? candidate : null;
            }

            _readers[schemaId] = reader;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Not learned this time (for example the registry could not be asked); the next value of this id tries again.
        }
    }

    private byte[] Encoded(T value)
    {
        using var stream = new MemoryStream();
        new SpecificDatumWriter<T>(_readerSchema).Write(value, new BinaryEncoder(stream));
        return stream.ToArray();
    }

    private static BinaryDecoder DecoderOver(ReadOnlyMemory<byte> body)
    {
        var segment = MemoryMarshal.TryGetArray(body, out var array) ? array : new ArraySegment<byte>(body.ToArray());
        return new BinaryDecoder(new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false));
    }

    private sealed record LastReader(int SchemaId, SpecificDatumReader<T> Reader);
}
