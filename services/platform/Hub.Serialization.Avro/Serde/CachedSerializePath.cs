using System.Collections.Concurrent;
using Avro.Specific;
using Confluent.SchemaRegistry;
using EventSerializationContext = Hub.Messaging.Serialization.SerializationContext;

namespace Hub.Serialization.Avro;

/// <summary>
/// Repeats, from a cache, what Confluent's <c>AvroSerializer&lt;T&gt;</c> did for a topic, once it has been seen to
/// do it. Confluent's serializer writes a topic's first value (subject naming, registration or lookup, use-latest,
/// the header); <see cref="LearnAsync"/> then keeps the header bytes Confluent wrote and, from then on,
/// <see cref="TryWrite"/> writes that same header and the body with Apache.Avro's writer, as Confluent does, without
/// Confluent's per-call locks, streams and task. A topic is learned only when the registered schema is the compiled
/// one, carries no rules or references, and the body written here is byte for byte Confluent's; otherwise every
/// value takes Confluent's path. With use-latest-version an entry lasts as long as Confluent's latest-version cache,
/// so a newly registered version is picked up as Confluent would pick it up.
/// </summary>
internal sealed class CachedSerializePath<T>
    where T : ISpecificRecord
{
    /// <summary>How long a topic whose learning failed takes Confluent's path before learning is tried again.</summary>
    internal static readonly TimeSpan RetryLearningAfter = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<(string Topic, bool IsKey), Entry> _entries = new();
    private readonly ISchemaRegistryClient _registry;
    private readonly TimeSpan? _entryLifetime;
    private readonly TimeProvider _time;
    private SpecificDatumWriter<T>? _writer;

    // The entry used last: a producer writes one topic after another, usually with the same topic string instance,
    // so most calls skip hashing the topic name.
    private Entry? _last;

    public CachedSerializePath(ISchemaRegistryClient registry, TimeSpan? entryLifetime, TimeProvider time)
    {
        _registry = registry;
        _entryLifetime = entryLifetime;
        _time = time;
    }

    /// <summary>False when the topic has not been learned, or its entry has expired: the caller uses Confluent's path.</summary>
    public bool TryWrite(T value, EventSerializationContext context, out byte[] framed)
    {
        framed = [];
        var entry = _last;
        if (entry is null || !ReferenceEquals(entry.Topic, context.Topic) || entry.IsKey != context.IsKey || !IsUsable(entry))
        {
            if (!_entries.TryGetValue((context.Topic, context.IsKey), out entry) || !IsUsable(entry))
            {
                return false;
            }

            _last = entry;
        }

        using var buffer = FrameBuffer.Rent();
        buffer.Stream.Write(entry.Header!);
        _writer!.Write(value, buffer.Encoder);
        framed = buffer.Stream.ToArray();
        return true;
    }

    /// <summary>True when the topic's entry is missing or expired, so the next Confluent-written value should be learned.</summary>
    public bool NeedsLearning(EventSerializationContext context) =>
        !_entries.TryGetValue((context.Topic, context.IsKey), out var entry) || _time.GetTimestamp() >= entry.ExpiresAt;

    private bool IsUsable(Entry entry) =>
        entry.Header is not null && (entry.ExpiresAt == long.MaxValue || _time.GetTimestamp() < entry.ExpiresAt);

    /// <summary>Learns from a value Confluent's serializer has just written. Never fails the call: a doubt means no shortcut.</summary>
    public async ValueTask LearnAsync(T value, EventSerializationContext context, byte[] confluentOutput)
    {
        byte[]? header = null;
        var lifetime = _entryLifetime;
        try
        {
            var writer = _writer ??= new SpecificDatumWriter<T>(value.Schema);
            if (SchemaIdPrefix.TrySplit(confluentOutput, ConfluentSerde.ToKafka(context), out var schemaId, out var confluentBody)
                && await RegisteredSchemas.IsPlainAvroAsync(_registry, subject: null, schemaId, writer.Schema).ConfigureAwait(false))
            {
                using var buffer = FrameBuffer.Rent();
                writer.Write(value, buffer.Encoder);
                if (buffer.Stream.GetBuffer().AsSpan(0, (int)buffer.Stream.Length).SequenceEqual(confluentBody.Span))
                {
                    header = confluentOutput[..(confluentOutput.Length - confluentBody.Length)];
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The registry could not be asked (an outage Confluent's own cache rode out): ask again a little later.
            header = null;
            lifetime = RetryLearningAfter;
        }

        var expiresAt = lifetime is { } due ? _time.GetTimestamp() + (long)(due.TotalSeconds * _time.TimestampFrequency) : long.MaxValue;
        _entries[(context.Topic, context.IsKey)] = new Entry(context.Topic, context.IsKey, header, expiresAt);
        _last = null;
    }

    /// <summary>The header Confluent wrote (null: this topic takes Confluent's path), and when to ask Confluent again.</summary>
    private sealed record Entry(string Topic, bool IsKey, byte[]? Header, long ExpiresAt);
}
