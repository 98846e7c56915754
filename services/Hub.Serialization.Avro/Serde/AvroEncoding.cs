using System.Collections.Concurrent;
using Avro;
using Avro.Generic;
using Avro.IO;

namespace Hub.Serialization.Avro;

/// <summary>Writes framed values, and projects a value onto another writer schema by Avro's resolution rules.</summary>
internal static class AvroEncoding
{
    private static readonly ConcurrentDictionary<(string From, string To), (DatumReader<GenericRecord> Reader, GenericDatumWriter<GenericRecord> Writer)> Projections = new();

    public static byte[] Frame(int schemaId, Action<Encoder> writeBody)
    {
        using var stream = new MemoryStream();
        WireFormat.WriteHeader(stream, schemaId);
        writeBody(new BinaryEncoder(stream));
        return stream.ToArray();
    }

    /// <summary>
    /// Used by use-latest-version when the registered schema differs from the compiled one: the value is encoded
    /// with its own schema, read back as the registered schema (defaults fill new fields), and written with it.
    /// </summary>
    public static void WriteProjected(Encoder encoder, Schema from, Schema to, Action<Encoder> writeWithOwnSchema)
    {
        var projection = Projections.GetOrAdd((from.ToString(), to.ToString()), _ =>
            (new GenericDatumReader<GenericRecord>(from, to), new GenericDatumWriter<GenericRecord>(to)));
        using var buffer = new MemoryStream();
        writeWithOwnSchema(new BinaryEncoder(buffer));
        buffer.Position = 0;
        var record = projection.Reader.Read(null!, new BinaryDecoder(buffer));
        projection.Writer.Write(record, encoder);
    }
}
