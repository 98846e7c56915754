using Avro;
using Confluent.Kafka;
using Confluent.SchemaRegistry;
using Confluent.SchemaRegistry.Serdes;
using Hub.Serialization.Avro.Registry;
using EventSerializationContext = Hub.Messaging.Serialization.SerializationContext;
using KafkaSerializationContext = Confluent.Kafka.SerializationContext;

namespace Hub.Serialization.Avro;

/// <summary>
/// What the platform adds to Confluent's serdes: calling them with the pipeline's context, and mapping their
/// exceptions onto the pipeline's outcomes. Decode failures become the <see cref="AvroDecodeReasons"/> exceptions
/// (dead-lettered); an unavailable registry becomes <see cref="SchemaRegistryUnavailableException"/> (the consumer
/// pauses). Both are returned as faulted tasks, never thrown synchronously.
/// </summary>
internal static class ConfluentSerde
{
    /// <summary>Magic byte and 4-byte id: the shortest header Confluent writes.</summary>
    internal const int HeaderSize = 5;

    /// <summary>
    /// A subject strategy named explicitly: without one, Confluent 2.16 asks the registry for "associations" to
    /// name the subject, a request per value that the deserializer does not need (it reads the id in the header).
    /// </summary>
    public static AvroDeserializerConfig DeserializerConfig => new() { SubjectNameStrategy = Confluent.SchemaRegistry.SubjectNameStrategy.Topic };

    public static KafkaSerializationContext ToKafka(EventSerializationContext context) =>
        new(context.IsKey ? MessageComponentType.Key : MessageComponentType.Value, context.Topic);

    // Confluent's serdes complete synchronously once the schema is cached: those calls skip the async machinery.
    public static ValueTask<byte[]> SerializeAsync<T>(IAsyncSerializer<T> serializer, T value, EventSerializationContext context, CancellationToken cancellationToken)
    {
        var task = serializer.SerializeAsync(value, ToKafka(context));
        return task.IsCompletedSuccessfully ? new ValueTask<byte[]>(task.Result) : AwaitSerializedAsync(task, context, cancellationToken);
    }

    public static ValueTask<T> DeserializeAsync<T>(IAsyncDeserializer<T> deserializer, ReadOnlyMemory<byte> data, EventSerializationContext context, CancellationToken cancellationToken)
    {
        var task = deserializer.DeserializeAsync(data, isNull: false, ToKafka(context));
        return task.IsCompletedSuccessfully ? new ValueTask<T>(task.Result) : AwaitDeserializedAsync(task, data, cancellationToken);
    }

    private static async ValueTask<byte[]> AwaitSerializedAsync(Task<byte[]> task, EventSerializationContext context, CancellationToken cancellationToken)
    {
        try
        {
            return await task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && RegistryFailures.IsUnavailable(ex))
        {
            throw new SchemaRegistryUnavailableException($"Cannot serialize to {context.Topic}: the schema registry is unavailable: {ex.Message}", ex);
        }
    }

    private static async ValueTask<T> AwaitDeserializedAsync<T>(Task<T> task, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        try
        {
            return await task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not OutOfMemoryException)
        {
            throw MapDecodeFailure(ex, data);
        }
    }

    /// <summary>
    /// Confluent 2.16 does not check the header before reading it: a value shorter than the header fails with an
    /// index error, one with another first byte with whatever its schema-id decoder makes of it. So those two are
    /// told apart by the value's length and first byte (the header itself is still Confluent's to read); the
    /// registry's answers by their codes; the Avro body's failures by Apache.Avro's exceptions.
    /// </summary>
    internal static Exception MapDecodeFailure(Exception ex, ReadOnlyMemory<byte> data)
    {
        var length = data.Length;
        byte? firstByte = data.IsEmpty ? null : data.Span[0];
        if (ex is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            ex = aggregate.InnerExceptions[0];
        }

        return ex switch
        {
            SchemaRegistryException { ErrorCode: RegistryErrorCodes.SchemaNotFound } =>
                new UnknownSchemaIdException($"The value's schema id is not known to the registry: {ex.Message}", ex),

            // Any other registry answer, including a 404 without Confluent's code (a proxy, a wrong base path), is
            // the registry's problem: dead-lettering every event for it would be wrong.
            SchemaRegistryException or HttpRequestException or TimeoutException or TaskCanceledException =>
                new SchemaRegistryUnavailableException($"Cannot fetch the writer schema: {ex.Message}", ex),

            _ when firstByte is not null and not 0 =>
                new UnknownMagicByteException($"The value starts with 0x{firstByte:x2}, not the Confluent magic byte 0x00.", ex),
            _ when length < HeaderSize =>
                new TruncatedPayloadException($"The value has {length} bytes, fewer than the 5-byte Confluent header.", ex),
            _ when Chain(ex).Any(IsEndOfData) =>
                new TruncatedPayloadException($"The Avro body ends early: {ex.Message}", ex),
            _ when Chain(ex).Any(e => e is AvroException && IsResolutionFailure(e.Message)) =>
                new SchemaMismatchException($"The writer schema cannot be read as the reader's: {ex.Message}", ex),
            _ => new MalformedAvroException($"The Avro body does not decode under its writer schema: {ex.Message}", ex),
        };
    }

    private static IEnumerable<Exception> Chain(Exception ex)
    {
        for (var current = ex; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }

    // Apache.Avro's BinaryDecoder reading past the end ("End of stream reached"), or skipping past it (a seek error).
    private static bool IsEndOfData(Exception ex) => ex switch
    {
        EndOfStreamException => true,
        AvroException => ex.Message.StartsWith("End of stream reached", StringComparison.Ordinal),
        IOException => ex.Message.StartsWith("Seek operation resulted in an invalid position", StringComparison.Ordinal),
        _ => false,
    };

    // Apache.Avro's words when writer and reader schemas do not resolve (DefaultReader, PreresolvingDatumReader).
    private static bool IsResolutionFailure(string message) =>
        message.StartsWith("Schema mismatch", StringComparison.OrdinalIgnoreCase)
        || message.Contains("No matching schema", StringComparison.OrdinalIgnoreCase)
        || message.Contains("No default value", StringComparison.OrdinalIgnoreCase);
}
