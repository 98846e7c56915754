using System.Runtime.InteropServices;
using Avro;
using Avro.Generic;
using Hub.Messaging.Errors;
using Hub.Serialization.Avro.Registry;

namespace Hub.Serialization.Avro;

/// <summary>The decode steps shared by the specific and generic deserializers, with their error mapping.</summary>
internal static class AvroPayload
{
    /// <summary>
    /// Only Confluent's "schema not found" (40403) is permanent. Any other failure, including a 404 without that
    /// code (a proxy or a wrong base path), is the registry's problem, and dead-lettering every event for it
    /// would be wrong: those become transient and the pipeline retries.
    /// </summary>
    public static async ValueTask<Schema> FetchWriterSchemaAsync(ISchemaRegistryClient registry, int schemaId, CancellationToken cancellationToken)
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

    public static DatumReader<T> CreateReader<T>(int schemaId, Func<DatumReader<T>> create)
    {
        try
        {
            return create();
        }
        catch (AvroException ex)
        {
            throw new SchemaMismatchException($"Writer schema {schemaId} cannot be read as {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    public static T Decode<T>(ReadOnlyMemory<byte> data, int schemaId, DatumReader<T> reader, T reuse)
    {
        var body = data[WireFormat.HeaderSize..];
        using var stream = MemoryMarshal.TryGetArray(body, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(body.ToArray(), writable: false);
        var decoder = new BoundedBinaryDecoder(stream);
        try
        {
            return reader.Read(reuse, decoder);
        }
        catch (TruncatedAvroDataException ex)
        {
            throw new TruncatedPayloadException($"Avro body of schema {schemaId} is cut short: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is AvroException or EndOfStreamException && decoder.AtEnd)
        {
            throw new TruncatedPayloadException($"Avro body of schema {schemaId} ends early: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new MalformedAvroException($"Avro body does not decode under schema {schemaId}: {ex.Message}", ex);
        }
    }
}
