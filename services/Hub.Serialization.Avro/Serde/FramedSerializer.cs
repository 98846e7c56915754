using System.Collections.Concurrent;
using Avro;
using Avro.Generic;
using Hub.Messaging.Serialization;

namespace Hub.Serialization.Avro;

/// <summary>
/// The serializing core shared by the specific and generic serializers. The schema id and datum writer of each
/// (topic, key or value, schema) are resolved once; after that a call is a cache lookup plus the encoding and
/// completes synchronously. With use-latest-version the id moves, so every call goes through the resolver.
/// </summary>
internal sealed class FramedSerializer<T>(WriterSchemaResolver resolver, Func<Schema, DatumWriter<T>> createWriter)
{
    private readonly ConcurrentDictionary<WriterKey, ResolvedWriter> _resolved = new();

    // One writer per schema, shared by every topic the schema is written to.
    private readonly ConcurrentDictionary<Schema, DatumWriter<T>> _writers = new(ReferenceEqualityComparer.Instance);

    // Checked before the dictionary: a producer mostly writes a type to one topic, and comparing references is
    // cheaper than hashing the topic name.
    private ResolvedWriter? _lastUsed;

    /// <param name="schema">The value's schema; cached by reference, so one instance per distinct schema.</param>
    public ValueTask<byte[]> SerializeAsync(T value, Schema schema, SerializationContext context, CancellationToken cancellationToken)
    {
        var key = new WriterKey(context.Topic, context.IsKey, schema);
        var resolved = _lastUsed;
        if (resolved is null || !resolved.Key.Equals(key))
        {
            if (!_resolved.TryGetValue(key, out resolved))
            {
                return ResolveAndSerializeAsync(value, key, context, cancellationToken);
            }

            _lastUsed = resolved;
        }

        try
        {
            return new ValueTask<byte[]>(AvroEncoding.Frame(resolved.SchemaId, resolved.Writer, value));
        }
        catch (Exception ex)
        {
            // Faulted rather than thrown, as from the asynchronous path.
            return ValueTask.FromException<byte[]>(ex);
        }
    }

    private async ValueTask<byte[]> ResolveAndSerializeAsync(T value, WriterKey key, SerializationContext context, CancellationToken cancellationToken)
    {
        var writer = _writers.GetOrAdd(key.Schema, createWriter);
        var (schemaId, projectTo) = await resolver.ResolveAsync(key.Schema, context, cancellationToken).ConfigureAwait(false);
        if (projectTo is not null)
        {
            return AvroEncoding.FrameProjected(schemaId, writer, value, projectTo);
        }

        if (resolver.IdsAreFinal)
        {
            _resolved.TryAdd(key, new ResolvedWriter(key, schemaId, writer));
        }

        return AvroEncoding.Frame(schemaId, writer, value);
    }

    private sealed record ResolvedWriter(WriterKey Key, int SchemaId, DatumWriter<T> Writer);
}
