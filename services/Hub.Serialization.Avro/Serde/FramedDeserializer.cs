using System.Collections.Concurrent;
using Avro;
using Avro.Generic;
using Hub.Messaging.Errors;
using Hub.Serialization.Avro.Registry;

namespace Hub.Serialization.Avro;

/// <summary>
/// The deserializing core shared by the specific and generic deserializers, with their error mapping: one datum
/// reader per writer schema id, built when the id is first seen (the registry is asked once); after that a call
/// completes synchronously.
/// </summary>
internal sealed class FramedDeserializer<T>(ISchemaRegistryClient registry, Func<Schema, DatumReader<T>> createReader)
{
    private readonly ConcurrentDictionary<int, DatumReader<T>> _readers = new();

    /// <param name="reuse">The instance to read into (Apache.Avro's "reuse"), or null to let the reader create one.</param>
    public ValueTask<T> DeserializeAsync(ReadOnlyMemory<byte> data, T reuse, CancellationToken cancellationToken)
    {
        try
        {
            var schemaId = WireFormat.ReadSchemaId(data.Span);
            return _readers.TryGetValue(schemaId, out var reader)
                ? new ValueTask<T>(Decode(data, schemaId, reader, reuse))
                : FetchReaderAndDecodeAsync(data, schemaId, reuse, cancellationToken);
        }
        catch (Exception ex)
        {
            // Faulted rather than thrown, as from the asynchronous path.
            return ValueTask.FromException<T>(ex);
        }
    }

    private async ValueTask<T> FetchReaderAndDecodeAsync(ReadOnlyMemory<byte> data, int schemaId, T reuse, CancellationToken cancellationToken)
    {
        var writerSchema = await FetchWriterSchemaAsync(schemaId, cancellationToken).ConfigureAwait(false);
        var reader = _readers.GetOrAdd(schemaId, _ => CreateReader(schemaId, writerSchema));
        return Decode(data, schemaId, reader, reuse);
    }

    /// <summary>
    /// Only Confluent's "schema not found" (40403) is permanent. Any other failure, including a 404 without that
    /// code (a proxy or a wrong base path), is the registry's problem, and dead-lettering every event for it
    /// would be wrong: those become transient and the pipeline retries.
    /// </summary>
    private async ValueTask<Schema> FetchWriterSchemaAsync(int schemaId, CancellationToken cancellationToken)
    {
        string json;
        try
        {
            json = await registry.GetSchemaByIdAsync(schemaId, cancellationToken).ConfigureAwait(false);
        }
        catch (SchemaRegistryException ex) when (ex.ErrorCode == SchemaRegistryException.SchemaNotFound)
        {
            throw new UnknownSchemaIdException($"Schema id {schemaId} is not known to the registry.", ex);
        }
        catch (SchemaRegistryException ex)
        {
            throw new TransientEventException($"Could not fetch schema id {schemaId} from the registry: {ex.Message}", ex);
        }

        try
        {
            return Schema.Parse(json);
        }
        catch (AvroException ex)
        {
            throw new SchemaMismatchException($"The registry's schema {schemaId} does not parse: {ex.Message}", ex);
        }
    }

    private DatumReader<T> CreateReader(int schemaId, Schema writerSchema)
    {
        try
        {
            return createReader(writerSchema);
        }
        catch (AvroException ex)
        {
            throw new SchemaMismatchException($"Writer schema {schemaId} cannot be read as {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    private static T Decode(ReadOnlyMemory<byte> data, int schemaId, DatumReader<T> reader, T reuse)
    {
        var decoder = new BoundedBinaryDecoder(data[WireFormat.HeaderSize..]);
        try
        {
            return reader.Read(reuse, decoder);
        }
        catch (TruncatedAvroDataException ex)
        {
            throw new TruncatedPayloadException($"Avro body of schema {schemaId} is cut short: {ex.Message}", ex);
        }
        catch (AvroException ex) when (decoder.AtEnd)
        {
            throw new TruncatedPayloadException($"Avro body of schema {schemaId} ends early: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new MalformedAvroException($"Avro body does not decode under schema {schemaId}: {ex.Message}", ex);
        }
    }
}
